package org.strikemap.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import org.strikemap.i18n.Languages;
import org.strikemap.i18n.Messages;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stands before every way of signing in that a stranger can repeat (the password form, one-time links, passkeys):
 * an attempt that must wait ({@link SignInGuard}) is answered 429 with {@code Retry-After} before anything is
 * checked, with the reason on a page in the reader's language (JSON for the passkey script, which shows it), and an
 * attempt while another for the same account or address runs waits a second. Limits: the failures themselves are
 * counted by {@link SignInEvents}, from Spring Security's authentication events.
 */
final class SignInThrottle extends OncePerRequestFilter {

    static final String PASSWORD = "/login";
    static final String ONE_TIME_LINK = "/login/ott";
    static final String PASSKEY = "/login/webauthn";

    private static final RequestMatcher ATTEMPTS = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, PASSWORD),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, ONE_TIME_LINK),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, PASSKEY));

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SignInGuard guard;

    SignInThrottle(SignInGuard guard) {
        this.guard = guard;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ATTEMPTS.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String login = request.getServletPath().equals(PASSWORD) ? loginOf(request) : null;
        String address = request.getRemoteAddr();
        Optional<Duration> wait = guard.wait(login, address);
        if (wait.isPresent()) {
            guard.refused(login, address, wait.get());
            refuse(request, response, wait.get());
            return;
        }
        if (!guard.begin(login, address)) {
            refuse(request, response, Duration.ofSeconds(1));
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            guard.end(login, address);
        }
    }

    private static String loginOf(HttpServletRequest request) {
        String typed = request.getParameter("username");
        return typed == null || typed.isBlank() ? null : AccountRules.login(AuditLog.cut(typed, 100));
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, Duration wait)
            throws IOException {
        long seconds = SignInGuard.seconds(wait);
        // The sign-in form posts to login?lang=… in the page's language (views.LoginView).
        Messages words = Messages.of(Languages.choose(request.getParameter(Languages.PARAMETER),
                request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
        String message = SignInOptions.refusal(words, wait);
        response.resetBuffer();
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String body;
        if (request.getServletPath().equals(PASSKEY)) {
            response.setContentType("application/json");
            body = JSON.writeValueAsString(Map.of("status", 429, "error", "Too Many Requests", "message", message,
                    "retryAfter", seconds));
        } else {
            response.setContentType("text/html");
            body = page(request, words, message);
        }
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        response.flushBuffer();
    }

    /** The refusal as a page in the site's look (its error page's classes and style sheets), with no script. */
    private static String page(HttpServletRequest request, Messages words, String message) {
        String root = request.getContextPath();
        String title = words.get("account.refused.title");
        return "<!doctype html>\n<html lang=\"" + words.tag() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n<title>" + html(title + " · StrikeMap") + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + html(root) + "/styles/strikemap.css\">\n"
                + "<link rel=\"stylesheet\" href=\"" + html(root) + "/styles/error-page.css\">\n"
                + "</head>\n<body class=\"sm-body sm-error-page\">\n<header class=\"sm-header\"><div><h1>StrikeMap</h1></div>"
                + "</header>\n<main class=\"sm-error\"><h2>" + html(title) + "</h2>\n<p class=\"sm-error-message\" role=\"alert\">"
                + html(message) + "</p>\n<p><a class=\"sm-error-home\" href=\"" + html(root) + PASSWORD + "\">"
                + html(words.get("account.refused.back")) + "</a></p></main>\n</body>\n</html>\n";
    }

    private static String html(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }
}
