package org.strikemap.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.strikemap.web.Refusals;
import org.strikemap.web.RequestKind;

/**
 * Holds the server to its view budget ({@link LiveViews}): a view start past it, and a page whose script would start
 * one, get the busy page (503, {@code Retry-After}, the embed of the same view, no session) instead of a view. Runs
 * before any session exists. Limits: the embed, the API and open views' exchanges never wait here.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 14)
class ViewAdmission extends OncePerRequestFilter {

    /** About how long an unconfirmed view is held: by then room may have been made. */
    static final long RETRY_SECONDS = 30;

    private final LiveViews views;
    private final Refusals refusals;

    ViewAdmission(LiveViews views, Refusals refusals) {
        this.views = views;
        this.refusals = refusals;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        RequestKind kind = RequestKind.of(request);
        return !(kind == RequestKind.VIEW_START || kind == RequestKind.PAGE && "GET".equals(request.getMethod()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean room = RequestKind.of(request) == RequestKind.VIEW_START ? views.admit() : views.hasRoom();
        if (room) {
            chain.doFilter(request, response);
        } else {
            refusals.busy(request, response, RETRY_SECONDS);
        }
    }
}
