package org.strikemap.ops;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Pages beyond the limit get 503 at once, while everything else, and pages after the rush, go through. */
class PageLoadSheddingTest {

    @Test
    void aPageBeyondTheLimitIs503AndNothingElseWaits() throws Exception {
        PageLoadShedding filter = new PageLoadShedding(1);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch leave = new CountDownLatch(1);
        FilterChain slowPage = (request, response) -> {
            inside.countDown();
            try {
                leave.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Thread first = Thread.ofVirtual().start(() -> {
            try {
                filter.doFilter(get("/", null), new MockHttpServletResponse(), slowPage);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse shed = run(filter, get("/", null));
        assertThat(shed.getStatus()).isEqualTo(503);
        assertThat(shed.getHeader("Retry-After")).isEqualTo("2");
        assertThat(run(filter, get("/", "init")).getStatus()).isEqualTo(503);
        assertThat(run(filter, get("/", "uidl")).getStatus()).isEqualTo(200);
        assertThat(run(filter, get("/api/strikes", null)).getStatus()).isEqualTo(200);
        assertThat(run(filter, get("/embed", null)).getStatus()).isEqualTo(200);

        leave.countDown();
        first.join();
        assertThat(run(filter, get("/", null)).getStatus()).isEqualTo(200);
    }

    private static MockHttpServletRequest get(String path, String vaadinRequestType) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (vaadinRequestType != null) {
            request.setParameter("v-r", vaadinRequestType);
        }
        return request;
    }

    private static MockHttpServletResponse run(PageLoadShedding filter, MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
