package org.strikemap.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where a person lands once signed in: the page they were sent to sign in from, else the editor ({@link #EDITOR}).
 * A one-time link for a person with no password yet (an invitation, the first admin) lands on setting one.
 */
final class SignInLanding {

    /** The editor's start: its list of maps. */
    static final String EDITOR = "/edit";
    /** Where a person sets their password. */
    static final String SET_PASSWORD = "/edit/account/password";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SignInLanding() {
    }

    /** For the one-time link: setting a password when the person has none, else as any sign-in. */
    static AuthenticationSuccessHandler oneTimeLink(People people, RequestCache requests) {
        SavedRequestAwareAuthenticationSuccessHandler usual = new SavedRequestAwareAuthenticationSuccessHandler();
        usual.setDefaultTargetUrl(EDITOR);
        usual.setRequestCache(requests);
        return (request, response, authentication) -> {
            boolean hasPassword = people.personOf(authentication).map(person -> person.standing().hasPassword())
                    .orElse(true);
            if (hasPassword) {
                usual.onAuthenticationSuccess(request, response, authentication);
            } else {
                requests.removeRequest(request, response);
                response.sendRedirect(request.getContextPath() + SET_PASSWORD);
            }
        };
    }

    /** For the passkey script, which reads where to go from JSON (as Spring Security's own script does). */
    static AuthenticationSuccessHandler passkey(RequestCache requests) {
        return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
            SavedRequest saved = requests.getRequest(request, response);
            String target = saved != null ? saved.getRedirectUrl() : request.getContextPath() + EDITOR;
            requests.removeRequest(request, response);
            write(response, Map.of("authenticated", true, "redirectUrl", target));
        };
    }

    private static void write(HttpServletResponse response, Map<String, Object> body) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
