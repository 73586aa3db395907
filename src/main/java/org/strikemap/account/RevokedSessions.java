package org.strikemap.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of a person whose access was revoked at their next request (a view's heartbeat included): the
 * session is invalidated and the request goes on as a stranger's. Requests of readers (no signed-in person) cost
 * nothing here; a signed-in person's cost one look-up.
 */
final class RevokedSessions extends OncePerRequestFilter {

    private final People people;
    private final SecurityContextHolderStrategy contexts;

    RevokedSessions(People people, SecurityContextHolderStrategy contexts) {
        this.people = people;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken) && people.personOf(authentication).isEmpty()) {
            contexts.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
