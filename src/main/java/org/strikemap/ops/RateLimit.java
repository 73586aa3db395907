package org.strikemap.ops;

import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.strikemap.web.Refusals;
import org.strikemap.web.RequestKind;

/**
 * Limits each client address by what its requests cost ({@link RateLimitProperties}): a request of a limited kind
 * takes a token from that address's bucket for the kind, and past it gets 429 with {@code Retry-After} (the busy page
 * for a page or a view start) before any other work is done for it. Immutable files and the health probes never take
 * a token. Runs first after the security headers, before web.RequestGuard's checks, so that a flood's refusals cost
 * as little as they can; it reads only the path and the raw query. The address is the connection's, or, when {@code server.forward-headers-strategy=native} says the app is
 * behind a proxy, the one Tomcat reads from {@code X-Forwarded-For} as sent by a trusted proxy
 * ({@code server.tomcat.remoteip.internal-proxies}); a client cannot choose its own address otherwise.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class RateLimit extends OncePerRequestFilter {

    private final RateLimitProperties limits;
    private final ClientBuckets buckets;
    private final Refusals refusals;

    RateLimit(RateLimitProperties limits, Refusals refusals) {
        this.limits = limits;
        this.buckets = new ClientBuckets(limits);
        this.refusals = refusals;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !limits.enabled();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<RateLimitProperties.Cost> cost = RateLimitProperties.cost(RequestKind.of(request));
        if (cost.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        ConsumptionProbe probe = buckets.of(request.getRemoteAddr(), cost.get()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
        refusals.tooMany(request, response, seconds);
    }

    /** Addresses remembered now (bounded by {@code max-clients}). */
    int clients() {
        return buckets.size();
    }
}
