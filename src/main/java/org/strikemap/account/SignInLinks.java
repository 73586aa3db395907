package org.strikemap.account;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The addresses of one-time sign-in links: {@code strikemap.public-url} when set; otherwise the scheme, host and
 * port the admin's own request came to, as the servlet container read it (proxy headers count only behind a
 * trusted proxy); with no request at all (the admin command, the first start), {@code http://localhost:<port>/}.
 */
@Component
class SignInLinks {

    /** Spring Security's one-time-token sign-in, answered by the page views.OneTimeSignInView. */
    static final String PATH = "login/ott?token=";

    private final String publicUrl;
    private final int port;

    SignInLinks(@Value("${strikemap.public-url:}") String publicUrl, @Value("${server.port:8080}") int port) {
        this.publicUrl = publicUrl == null || publicUrl.isBlank() ? ""
                : publicUrl.strip().endsWith("/") ? publicUrl.strip() : publicUrl.strip() + "/";
        this.port = port <= 0 ? 8080 : port;
    }

    String link(String token) {
        return base() + PATH + token;
    }

    private String base() {
        if (!publicUrl.isEmpty()) {
            return publicUrl;
        }
        return AuditLog.currentRequest().map(SignInLinks::origin).orElse("http://localhost:" + port + "/");
    }

    private static String origin(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean usual = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + request.getServerName() + (usual ? "" : ":" + port) + request.getContextPath() + "/";
    }
}
