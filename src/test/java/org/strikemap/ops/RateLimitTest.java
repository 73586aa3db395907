package org.strikemap.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The rate-limit filter on its own: whose bucket a request takes from, and how many addresses it remembers. */
class RateLimitTest {

    @Test
    void aForwardedForHeaderDoesNotChooseTheBucket() throws Exception {
        RateLimit filter = new RateLimit(new RateLimitProperties(true, 3, 1, 100));
        int[] statuses = new int[4];
        for (int i = 0; i < statuses.length; i++) {
            MockHttpServletRequest request = request("192.0.2.1", "/");
            request.addHeader("X-Forwarded-For", "198.51.100." + i); // spoofed: not behind a proxy, so ignored
            statuses[i] = run(filter, request).getStatus();
        }
        assertThat(statuses).containsExactly(200, 200, 200, 429);
        assertThat(run(filter, request("192.0.2.2", "/")).getStatus()).isEqualTo(200);
    }

    @Test
    void healthProbesAreNeverLimitedAndOffMeansOff() throws Exception {
        RateLimit filter = new RateLimit(new RateLimitProperties(true, 1, 1, 100));
        assertThat(run(filter, request("192.0.2.1", "/api/dataset")).getStatus()).isEqualTo(200);
        assertThat(run(filter, request("192.0.2.1", "/api/dataset")).getStatus()).isEqualTo(429);
        assertThat(run(filter, request("192.0.2.1", "/actuator/health/liveness")).getStatus()).isEqualTo(200);
        assertThat(run(filter, request("192.0.2.1", "/actuator/health")).getStatus()).isEqualTo(200);

        RateLimit off = new RateLimit(new RateLimitProperties(false, 1, 1, 100));
        for (int i = 0; i < 5; i++) {
            assertThat(run(off, request("192.0.2.1", "/")).getStatus()).isEqualTo(200);
        }
    }

    @Test
    void itRemembersAtMostMaxClientsAddresses() throws Exception {
        RateLimit filter = new RateLimit(new RateLimitProperties(true, 1, 1, 50));
        for (int i = 0; i < 500; i++) {
            run(filter, request("2001:db8::" + Integer.toHexString(i), "/"));
        }
        assertThat(filter.clients()).isEqualTo(50);
        // The most recent address is still remembered (its bucket is empty); the first was forgotten (a full one).
        assertThat(run(filter, request("2001:db8::" + Integer.toHexString(499), "/")).getStatus()).isEqualTo(429);
        assertThat(run(filter, request("2001:db8::0", "/")).getStatus()).isEqualTo(200);
    }

    private static MockHttpServletRequest request(String address, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(address);
        return request;
    }

    private static MockHttpServletResponse run(RateLimit filter, MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
