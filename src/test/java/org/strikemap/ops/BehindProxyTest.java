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
 * trusted proxy): the cookie is Secure when the proxy says the request came over HTTPS, links name the scheme and
 * host the proxy forwards when that host is allowed (and the page is refused when it is not), and each forwarded
 * client address has its own bucket, which answers 429 past its limit and recovers. Small limits for the API's fixed
 * answers: 5 requests, then 1 per 5 s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.forward-headers-strategy=native", "strikemap.rate-limit.requests.burst=5",
        "strikemap.rate-limit.requests.per-minute=12", "strikemap.allowed-hosts=localhost,maps.test"})
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
    void linksNameTheSchemeAndHostTheProxyForwardsWhenThatHostIsAllowed() throws Exception {
        HttpResponse<String> page = Http.get(port, "/embed?date=2024-01-02", "X-Forwarded-Proto", "https",
                "X-Forwarded-Host", "maps.test", "X-Forwarded-For", "198.51.100.3");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<meta property=\"og:url\" content=\"https://maps.test/embed?date=2024-01-02\">");
        HttpResponse<String> foreign = Http.get(port, "/embed", "X-Forwarded-Proto", "https",
                "X-Forwarded-Host", "evil.example", "X-Forwarded-For", "198.51.100.4");
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(foreign.body()).doesNotContain("og:url");
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
        assertThat(refused.body()).contains("\"status\":429", "Too many requests").hasSizeLessThan(200);

        // Another address behind the same proxy is not held back, and health probes never are.
        assertThat(Http.get(port, "/api/dataset", "X-Forwarded-For", "203.0.113.8").statusCode()).isEqualTo(200);
        for (int i = 0; i < 10; i++) {
            assertThat(Http.get(port, "/actuator/health/readiness", "X-Forwarded-For", client).statusCode()).isEqualTo(200);
        }

        Thread.sleep(retryAfter * 1000 + 100);
        assertThat(Http.get(port, "/api/dataset", "X-Forwarded-For", client).statusCode()).isEqualTo(200);
    }
}
