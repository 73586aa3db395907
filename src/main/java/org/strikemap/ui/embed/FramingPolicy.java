package org.strikemap.ui.embed;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets any site frame {@code /embed} and nothing else: articles embed the map, while the full page cannot be
 * framed to dress it up as something it is not.
 */
@Component
class FramingPolicy extends OncePerRequestFilter {

    private static final String FRAME_OPTIONS = "X-Frame-Options";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/embed") || path.startsWith("/embed/")) {
            response.setHeader("Content-Security-Policy", "frame-ancestors *");
            // Vaadin adds X-Frame-Options: SAMEORIGIN to every page it bootstraps; the embed must not carry it.
            chain.doFilter(request, new WithoutFrameOptions(response));
            return;
        } else if (!path.startsWith("/VAADIN/") && !path.startsWith("/api/")) {
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
            response.setHeader("Content-Security-Policy", "frame-ancestors 'self'");
        }
        chain.doFilter(request, response);
    }

    /** Drops any X-Frame-Options header set further down the chain. */
    private static final class WithoutFrameOptions extends HttpServletResponseWrapper {

        WithoutFrameOptions(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!FRAME_OPTIONS.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!FRAME_OPTIONS.equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }
    }
}
