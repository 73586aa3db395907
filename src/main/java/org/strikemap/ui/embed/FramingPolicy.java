package org.strikemap.ui.embed;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the sites named in {@code strikemap.embed.frame-ancestors} (default: any) frame {@code /embed}, and no other
 * site frame anything else: articles embed the map, while the full page cannot be framed to dress it up as
 * something it is not. Limits: paths under /VAADIN/, /api/, /layers/ and /embed-assets/ are data, not pages.
 */
@Component
class FramingPolicy extends OncePerRequestFilter {

    private final String embedAncestors;

    FramingPolicy(@Value("${strikemap.embed.frame-ancestors:*}") String embedAncestors) {
        this.embedAncestors = embedAncestors.isBlank() ? "*" : embedAncestors.trim();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/embed")) {
            response.setHeader("Content-Security-Policy", "frame-ancestors " + embedAncestors);
        } else if (!path.startsWith("/VAADIN/") && !path.startsWith("/api/") && !path.startsWith("/layers/")
                && !path.startsWith("/embed-assets/")) {
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
            response.setHeader("Content-Security-Policy", "frame-ancestors 'self'");
        }
        chain.doFilter(request, response);
    }
}
