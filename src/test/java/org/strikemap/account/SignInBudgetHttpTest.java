package org.strikemap.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strikemap.testing.TestDatabase;
import org.strikemap.web.RequestKind;

/**
 * The rate limit's sign-in budget against the whole app (issue 16): sign-in attempts from one address, whichever way
 * they sign in and whatever account they name, take from one bucket of their own, so a burst of them is answered 429
 * with {@code Retry-After} while the embed from the same address still opens, and another address still signs in.
 * A small budget (4 at once, 1 a minute) so that the burst is short; the sign-in guard's own counts stay at their
 * defaults, far above it. Behind a trusted proxy, so that the test chooses its addresses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.forward-headers-strategy=native",
        "strikemap.rate-limit.sign-ins.burst=4", "strikemap.rate-limit.sign-ins.per-minute=1"})
class SignInBudgetHttpTest {

    private static final int BURST = 4;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabase.useRealDataIn(registry);
    }

    @Test
    void everyWayOfSigningInIsASignInAttempt() {
        for (String path : List.of(SignInThrottle.PASSWORD, SignInThrottle.ONE_TIME_LINK, SignInThrottle.PASSKEY)) {
            assertThat(RequestKind.of("POST", path, null)).as(path).isEqualTo(RequestKind.SIGN_IN);
        }
    }

    @Test
    void aBurstOfSignInAttemptsIsSlowedWhileEmbedsFromTheSameAddressAreNot() throws Exception {
        Visitor guesser = new Visitor(port, "203.0.113.41");
        List<HttpResponse<String>> attempts = new ArrayList<>();
        for (int i = 0; i < BURST + 2; i++) {
            attempts.add(switch (i % 3) {
                case 0 -> guesser.signIn("someone-" + i, "wrong password " + i);
                case 1 -> guesser.post(SignInThrottle.ONE_TIME_LINK, "token=not-a-token-" + i);
                default -> guesser.postJson(SignInThrottle.PASSKEY, "{}");
            });
        }
        assertThat(attempts.subList(0, BURST)).as("the budget's burst").allSatisfy(
                response -> assertThat(response.statusCode()).isNotEqualTo(429));
        assertThat(attempts.subList(BURST, attempts.size())).as("past it").allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(429);
            assertThat(Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
            assertThat(response.body()).contains("Too many sign-in attempts from your address");
        });

        for (int i = 0; i < 3 * BURST; i++) {
            assertThat(guesser.get("/embed?lang=en").statusCode()).as("an embed from the same address").isEqualTo(200);
            assertThat(guesser.get("/login").statusCode()).as("the sign-in page itself").isEqualTo(200);
        }
        assertThat(new Visitor(port, "203.0.113.42").signIn("someone", "wrong password").statusCode())
                .as("another address").isNotEqualTo(429);
    }
}
