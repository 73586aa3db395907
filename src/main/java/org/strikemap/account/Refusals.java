package org.strikemap.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a refused request is answered, one rule for every refusal Spring Security makes: a stranger (nobody signed
 * in) is asked to sign in, whatever refused them (a missing right, or a missing CSRF token a stranger could not have
 * had): 401 JSON with {@code WWW-Authenticate: Bearer} for scripts (the API, the passkey endpoints, requests with a
 * token), a redirect to {@code /login} for pages; a signed-in person is told no: 403, JSON for scripts, the site's
 * error page for pages.
 */
final class Refusals {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    /** Requests from scripts, answered with JSON. */
    static final RequestMatcher SCRIPTS = new OrRequestMatcher(PathPatternRequestMatcher.pathPattern("/api/**"),
            PathPatternRequestMatcher.pathPattern("/webauthn/**"), PathPatternRequestMatcher.pathPattern(SignInThrottle.PASSKEY),
            ApiTokenAuthentication.PRESENTS_TOKEN);

    private final SecurityContextHolderStrategy contexts;
    private final AuthenticationEntryPoint signInPage;

    Refusals(SecurityContextHolderStrategy contexts, String loginPath) {
        this.contexts = contexts;
        this.signInPage = new LoginUrlAuthenticationEntryPoint(loginPath);
    }

    /** For scripts: 401 with the way to sign in. */
    AuthenticationEntryPoint unauthorized() {
        return (request, response, refused) -> json(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                "sign in, or send an API token (Authorization: Bearer …)");
    }

    /** Every access refusal: strangers are asked to sign in, signed-in people get 403. */
    AccessDeniedHandler denied() {
        AccessDeniedHandler page = new AccessDeniedHandlerImpl();
        return (request, response, refused) -> {
            boolean script = SCRIPTS.matches(request);
            if (stranger()) {
                InsufficientAuthenticationException signIn = new InsufficientAuthenticationException("sign in first", refused);
                (script ? unauthorized() : signInPage).commence(request, response, signIn);
            } else if (script) {
                json(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", "this is not yours to do");
            } else {
                page.handle(request, response, refused);
            }
        };
    }

    private boolean stranger() {
        Authentication authentication = contexts.getContext().getAuthentication();
        return authentication == null || TRUST.isAnonymous(authentication);
    }

    static void json(HttpServletResponse response, int status, String error, String message) throws IOException {
        response.setStatus(status);
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(Map.of("status", status, "error", error, "message", message)));
    }

    static boolean isScript(HttpServletRequest request) {
        return SCRIPTS.matches(request);
    }
}
