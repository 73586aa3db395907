package org.strikemap.ops;

import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 429 with {@code Retry-After} once a client address has used up its bucket ({@link RateLimitProperties}),
 * before any other work is done for the request. The address is the connection's, or, when
 * {@code server.forward-headers-strategy=native} says the app is behind a proxy, the one Tomcat reads from
 * {@code X-Forwarded-For} as sent by a trusted proxy ({@code server.tomcat.remoteip.internal-proxies}); a client
 * cannot choose its own address otherwise. Health probes are never limited.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RateLimit extends OncePerRequestFilter {

    private static final String HEALTH = "/actuator/health";

    private final RateLimitProperties limits;
    private final ClientBuckets buckets;

    RateLimit(RateLimitProperties limits) {
        this.limits = limits;
        this.buckets = new ClientBuckets(limits);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !limits.enabled() || path.equals(HEALTH) || path.startsWith(HEALTH + "/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ConsumptionProbe probe = buckets.of(request.getRemoteAddr()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(("Too many requests from your address; try again in " + seconds + " s.\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Addresses remembered now (bounded by {@code max-clients}). */
    int clients() {
        return buckets.size();
    }
}
