package org.strikemap.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strikemap.testing.TestDatabase;

/**
 * The app behind a reverse proxy ({@code server.forward-headers-strategy=native}; the test client on 127.0.0.1 is a
 * trusted proxy): the cookie is Secure when the proxy says the request came over HTTPS, and each forwarded client
 * address has its own bucket, which answers 429 past its limit and recovers. Small limits: 5 requests, then 1 per 5 s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.forward-headers-strategy=native", "strikemap.rate-limit.burst=5", "strikemap.rate-limit.per-minute=12"})
class BehindProxyTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabase.useRealDataIn(registry);
    }

    @Test
    void theCookieIsSecureWhenTheProxySaysHttps() throws Exception {
        HttpResponse<String> https = Http.get(port, Http.START_VIEW, "X-Forwarded-Proto", "https",
                "X-Forwarded-For", "198.51.100.1");
        assertThat(Http.setCookies(https)).singleElement().satisfies(cookie ->
                assertThat(cookie).contains("; Secure").contains("; SameSite=Lax").contains("; HttpOnly"));
        HttpResponse<String> http = Http.get(port, Http.START_VIEW, "X-Forwarded-Proto", "http",
                "X-Forwarded-For", "198.51.100.2");
        assertThat(Http.setCookies(http)).singleElement().satisfies(cookie -> assertThat(cookie).doesNotContain("Secure"));
    }

    @Test
    void eachClientAddressGets429PastItsLimitAndRecovers() throws Exception {
        String client = "203.0.113.7";
        for (int i = 1; i <= 5; i++) {
            assertThat(Http.get(port, "/api/dataset", "X-Forwarded-For", client).statusCode()).as("request %d", i)
                    .isEqualTo(200);
        }
        HttpResponse<String> refused = Http.get(port, "/api/dataset", "X-Forwarded-For", client);
        assertThat(refused.statusCode()).isEqualTo(429);
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 5L);
        assertThat(refused.body()).startsWith("Too many requests").hasSizeLessThan(100);

        // Another address behind the same proxy is not held back, and health probes never are.
        assertThat(Http.get(port, "/api/dataset", "X-Forwarded-For", "203.0.113.8").statusCode()).isEqualTo(200);
        for (int i = 0; i < 10; i++) {
            assertThat(Http.get(port, "/actuator/health/readiness", "X-Forwarded-For", client).statusCode()).isEqualTo(200);
        }

        Thread.sleep(retryAfter * 1000 + 100);
        assertThat(Http.get(port, "/api/dataset", "X-Forwarded-For", client).statusCode()).isEqualTo(200);
    }
}
