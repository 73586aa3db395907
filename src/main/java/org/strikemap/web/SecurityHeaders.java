package org.strikemap.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The headers every answer carries: {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy:
 * strict-origin-when-cross-origin} and a Content-Security-Policy ({@link ContentSecurityPolicy}). Only the embeds
 * ({@code /embed}, {@code /maps/{slug}/embed})
 * may be framed, by the sites in {@code strikemap.embed.frame-ancestors} (default: any): articles embed the map, while
 * the full page cannot be framed to dress it up as something it is not. Vaadin's page gets its own policy from
 * {@link VaadinPagePolicy}. Limits: a header an endpoint sets itself wins.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeaders extends OncePerRequestFilter {

    /** The embeds: the default map's and any map's. */
    private static final Pattern EMBED = Pattern.compile("/embed|/maps/[^/]+/embed");

    private final ContentSecurityPolicy policy;
    private final String embedAncestors;

    SecurityHeaders(ContentSecurityPolicy policy, @Value("${strikemap.embed.frame-ancestors:*}") String embedAncestors) {
        this.policy = policy;
        this.embedAncestors = embedAncestors.isBlank() ? "*" : embedAncestors.trim();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (EMBED.matcher(Replies.path(request)).matches()) {
            response.setHeader("Content-Security-Policy", policy.strict(embedAncestors));
        } else {
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
            response.setHeader("Content-Security-Policy", policy.strict("'self'"));
        }
        chain.doFilter(request, response);
    }
}
