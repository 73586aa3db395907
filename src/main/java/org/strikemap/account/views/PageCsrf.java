package org.strikemap.account.views;

import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * Spring Security's CSRF token for the requests a page's own script or form sends outside Vaadin (passkeys, the
 * one-time link): read from the request that builds the view, which has the session the token is kept in (the HTML
 * of a page never opens one, so a token written into it would not be the session's).
 */
final class PageCsrf {

    private PageCsrf() {
    }

    /** {@code {header, parameter, token}} for the page's script; empty outside a request. */
    static Optional<Map<String, String>> current() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null || !(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token)) {
            return Optional.empty();
        }
        return Optional.of(Map.of("header", token.getHeaderName(), "parameter", token.getParameterName(),
                "token", token.getToken()));
    }
}
