package org.strikemap.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.strikemap.web.Refusals;

/**
 * The rate-limit filter on its own: whose bucket a request takes from, which kinds of request take from which
 * bucket (immutable files and health probes from none), and how many addresses it remembers. The refusal itself
 * (429 with Retry-After and the busy page) is web.Refusals', played here by a mock that records the wait.
 */
class RateLimitTest {

    private static final RateLimitProperties.Budget ONE = new RateLimitProperties.Budget(1, 1);
    private final List<Long> waits = new ArrayList<>();

    @Test
    void aForwardedForHeaderDoesNotChooseTheBucket() throws Exception {
        RateLimit filter = filter(new RateLimitProperties(true, 100, null, null, null, null, null, new RateLimitProperties.Budget(3, 1)));
        int[] statuses = new int[4];
        for (int i = 0; i < statuses.length; i++) {
            MockHttpServletRequest request = request("192.0.2.1", "/api/dataset");
            request.addHeader("X-Forwarded-For", "198.51.100." + i); // spoofed: not behind a proxy, so ignored
            statuses[i] = run(filter, request).getStatus();
        }
        assertThat(statuses).containsExactly(200, 200, 200, 429);
        assertThat(waits).singleElement().satisfies(seconds -> assertThat(seconds).isBetween(1L, 60L));
        assertThat(run(filter, request("192.0.2.2", "/api/dataset")).getStatus()).isEqualTo(200);
    }

    @Test
    void immutableFilesAndHealthProbesAreNeverLimitedAndOffMeansOff() throws Exception {
        RateLimit filter = filter(new RateLimitProperties(true, 100, ONE, ONE, ONE, ONE, ONE, ONE));
        assertThat(run(filter, request("192.0.2.1", "/api/dataset")).getStatus()).isEqualTo(200);
        assertThat(run(filter, request("192.0.2.1", "/api/dataset")).getStatus()).isEqualTo(429);
        for (String free : List.of("/actuator/health/liveness", "/actuator/health", "/embed-assets/embed-ZKULGC2K.js",
                "/layers/0123456789abcdef/strikes.geojson", "/layers/0123456789abcdef/uk/regions.geojson",
                "/VAADIN/build/FlowClient-abc.js", "/favicon.ico", "/favicon.svg", "/maps/x/embed-assets/a.css")) {
            for (int i = 0; i < 50; i++) {
                assertThat(run(filter, request("192.0.2.1", free)).getStatus()).as(free).isEqualTo(200);
            }
        }
        RateLimit off = filter(new RateLimitProperties(false, 100, ONE, ONE, ONE, ONE, ONE, ONE));
        for (int i = 0; i < 5; i++) {
            assertThat(run(off, request("192.0.2.1", "/")).getStatus()).isEqualTo(200);
        }
    }

    @Test
    void eachKindOfCostHasItsOwnBucket() throws Exception {
        RateLimit filter = filter(new RateLimitProperties(true, 100, ONE, ONE, ONE, ONE, ONE, ONE));
        // One of each costly kind passes, a second of the same kind does not, and none takes another's token.
        List<String> kinds = List.of("/", "/?v-r=init&location=&query=", "/embed.png?width=300",
                "/api/strikes?from=2024-01-01", "/api/dataset");
        for (String target : kinds) {
            assertThat(run(filter, request("192.0.2.9", target)).getStatus()).as(target).isEqualTo(200);
        }
        for (String target : kinds) {
            assertThat(run(filter, request("192.0.2.9", target)).getStatus()).as(target).isEqualTo(429);
        }
        // The embed page is a page build like any other; a new picture on another map's path is a picture.
        assertThat(run(filter, request("192.0.2.9", "/maps/x/embed")).getStatus()).isEqualTo(429);
        assertThat(run(filter, request("192.0.2.9", "/maps/x/embed.png?date=2024-01-02")).getStatus()).isEqualTo(429);
        // A sign-in attempt takes from its own bucket, whichever way it signs in; the sign-in page is a page.
        MockHttpServletRequest password = request("192.0.2.9", "/login");
        password.setMethod("POST");
        assertThat(run(filter, password).getStatus()).isEqualTo(200);
        MockHttpServletRequest passkey = request("192.0.2.9", "/login/webauthn");
        passkey.setMethod("POST");
        assertThat(run(filter, passkey).getStatus()).isEqualTo(429);
        MockHttpServletRequest elsewhere = request("192.0.2.10", "/login");
        elsewhere.setMethod("POST");
        assertThat(run(filter, elsewhere).getStatus()).isEqualTo(200);
        assertThat(run(filter, request("192.0.2.10", "/login")).getStatus()).as("the sign-in page").isEqualTo(200);
    }

    @Test
    void itRemembersAtMostMaxClientsAddresses() throws Exception {
        RateLimit filter = filter(new RateLimitProperties(true, 50, ONE, ONE, ONE, ONE, ONE, ONE));
        for (int i = 0; i < 500; i++) {
            run(filter, request("2001:db8::" + Integer.toHexString(i), "/"));
        }
        assertThat(filter.clients()).isEqualTo(50);
        // The most recent address is still remembered (its bucket is empty); the first was forgotten (a full one).
        assertThat(run(filter, request("2001:db8::" + Integer.toHexString(499), "/")).getStatus()).isEqualTo(429);
        assertThat(run(filter, request("2001:db8::0", "/")).getStatus()).isEqualTo(200);
    }

    private RateLimit filter(RateLimitProperties limits) throws Exception {
        Refusals refusals = mock(Refusals.class);
        doAnswer(call -> {
            waits.add(call.getArgument(2));
            ((HttpServletResponse) call.getArgument(1)).setStatus(429);
            return null;
        }).when(refusals).tooMany(any(), any(), anyLong());
        return new RateLimit(limits, refusals);
    }

    private static MockHttpServletRequest request(String address, String target) {
        String[] parts = target.split("\\?", 2);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", parts[0]);
        if (parts.length > 1) {
            request.setQueryString(parts[1]);
        }
        request.setRemoteAddr(address);
        return request;
    }

    private static MockHttpServletResponse run(RateLimit filter, MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
