package org.strikemap.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets only Vaadin's own client requests ({@code ?v-r=init}, sent by the page's script to start a view) create an
 * HTTP session. Everything else (the page's HTML, static files, misses under /VAADIN/, anything else Vaadin answers)
 * gets a {@link DetachedSession} when it asks for one, so a client that never runs the page's script (a crawler, a
 * flood, a link preview) leaves nothing behind. A request that already has a session keeps using it; how many views
 * sessions may hold is {@link LiveViews}' business. Limits: works together with {@link LazyViewStart}, which keeps
 * Vaadin from building the view into the page's HTML.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class SessionlessRequests extends OncePerRequestFilter {

    /** Vaadin's client asks for a view with this request type; its answer starts the session. */
    static final String START_VIEW = "init";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getParameter("v-r");
        if (START_VIEW.equals(type)) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new NoNewSession(request), response);
    }

    /** A request that sees its existing session, if any, and otherwise one that ends with it. */
    private static final class NoNewSession extends HttpServletRequestWrapper {

        private HttpSession detached;

        NoNewSession(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession(boolean create) {
            HttpSession existing = super.getSession(false);
            if (existing != null) {
                return existing;
            }
            if (detached == null && create) {
                detached = new DetachedSession(getServletContext());
            }
            return detached;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public String changeSessionId() {
            if (super.getSession(false) == null) {
                throw new IllegalStateException("no session to change the id of");
            }
            return super.changeSessionId();
        }
    }
}
