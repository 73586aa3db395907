package org.strikemap.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.strikemap.web.Refusals;
import org.strikemap.web.RequestKind;

/**
 * Builds at most {@code strikemap.pages.max-concurrent} pages and view starts at once ({@link RequestKind#PAGE},
 * {@link RequestKind#VIEW_START}; 0 means twice the processors, as a build is CPU work), and answers the rest at once
 * with the busy page (503, {@code Retry-After}) instead of queueing them: a flood from many addresses, which no
 * per-address limit stops, then costs CPU for that many pages at a time, and the API, the embed and static files,
 * which never wait here, keep answering quickly. Limits: Vaadin's exchanges with views already open are not counted,
 * so open views keep working; at the limit a real reader can get the 503 too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 15)
class PageLoadShedding extends OncePerRequestFilter {

    static final long RETRY_SECONDS = 2;

    private final Semaphore pages;
    private final Refusals refusals;

    PageLoadShedding(@Value("${strikemap.pages.max-concurrent:0}") int maxConcurrent, Refusals refusals) {
        if (maxConcurrent < 0) {
            throw new IllegalArgumentException("strikemap.pages.max-concurrent must be 0 (twice the processors) or more");
        }
        this.pages = new Semaphore(maxConcurrent == 0 ? 2 * Runtime.getRuntime().availableProcessors() : maxConcurrent);
        this.refusals = refusals;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        RequestKind kind = RequestKind.of(request);
        return kind != RequestKind.PAGE && kind != RequestKind.VIEW_START;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!pages.tryAcquire()) {
            refusals.busy(request, response, RETRY_SECONDS);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            pages.release();
        }
    }
}
