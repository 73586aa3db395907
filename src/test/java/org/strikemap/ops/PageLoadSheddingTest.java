package org.strikemap.ops;

import static org.assertj.core.api.Assertions.assertThat;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.strikemap.web.Refusals;

/**
 * Pages and view starts beyond the limit get 503 at once (the busy page is web.Refusals', played here by a mock),
 * while everything else, and pages after the rush, go through.
 */
class PageLoadSheddingTest {

    @Test
    void aPageBeyondTheLimitIs503AndNothingElseWaits() throws Exception {
        Refusals refusals = mock(Refusals.class);
        doAnswer(call -> {
            HttpServletResponse response = call.getArgument(1);
            response.setStatus(503);
            response.setHeader("Retry-After", Long.toString(call.getArgument(2)));
            return null;
        }).when(refusals).busy(any(), any(), anyLong());
        PageLoadShedding filter = new PageLoadShedding(1, refusals);
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
        assertThat(run(filter, get("/maps/x", null)).getStatus()).isEqualTo(503);
        assertThat(run(filter, get("/", "uidl")).getStatus()).isEqualTo(200);
        assertThat(run(filter, get("/api/strikes", null)).getStatus()).isEqualTo(200);
        assertThat(run(filter, get("/embed", null)).getStatus()).isEqualTo(200);
        assertThat(run(filter, get("/embed.png", null)).getStatus()).isEqualTo(200);

        leave.countDown();
        first.join();
        assertThat(run(filter, get("/", null)).getStatus()).isEqualTo(200);
    }

    private static MockHttpServletRequest get(String path, String vaadinRequestType) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (vaadinRequestType != null) {
            request.setQueryString("v-r=" + vaadinRequestType);
        }
        return request;
    }

    private static MockHttpServletResponse run(PageLoadShedding filter, MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
