package org.strikemap.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Builds at most {@code strikemap.pages.max-concurrent} answers for {@code /} at once (its HTML, and the view a
 * browser then asks for; 0 means twice the processors, as a build is CPU work), and answers 503 with
 * {@code Retry-After} to the rest at once instead of queueing them: a flood from many addresses, which no per-address
 * limit stops, then costs CPU for that many pages at a time, and the API, the embed and static files, which never wait
 * here, keep answering quickly. Limits: Vaadin's exchanges with views already open are not counted, so open views keep
 * working; at the limit a real reader can get the 503 too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 15)
class PageLoadShedding extends OncePerRequestFilter {

    private final Semaphore pages;

    PageLoadShedding(@Value("${strikemap.pages.max-concurrent:0}") int maxConcurrent) {
        if (maxConcurrent < 0) {
            throw new IllegalArgumentException("strikemap.pages.max-concurrent must be 0 (twice the processors) or more");
        }
        this.pages = new Semaphore(maxConcurrent == 0 ? 2 * Runtime.getRuntime().availableProcessors() : maxConcurrent);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String type = request.getParameter("v-r");
        return !path.equals("/") || !(type == null || type.equals(SessionlessRequests.START_VIEW));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!pages.tryAcquire()) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "2");
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write("The map is very busy; please reload in a few seconds.\n"
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            pages.release();
        }
    }
}
