package org.strikemap.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikemap.share.Echo;

/**
 * The one log line a client error may write: status, method, path (cut) and reason, never a stack trace, at INFO for
 * a 404 (scanners ask for many) and WARN for the rest. Limits: callers log once per request; the line holds no
 * header values and no query string.
 */
public final class ClientErrors {

    private static final Logger log = LoggerFactory.getLogger(ClientErrors.class);

    private ClientErrors() {
    }

    public static void log(HttpServletRequest request, int status, String reason) {
        log(request.getMethod(), request.getRequestURI(), status, reason);
    }

    static void log(String method, String path, int status, String reason) {
        String line = "{} {} {}: {}";
        // The reason is ours (any request text in it already cut), so only line breaks are taken out.
        Object[] values = {status, Echo.of(method), Echo.of(path), reason.replaceAll("[\\r\\n\\t]", " ")};
        if (status == 404) {
            log.info(line, values);
        } else {
            log.warn(line, values);
        }
    }

    /** What kind of answer a path's clients read: the data endpoints get JSON, the picture plain text, the rest a page. */
    enum Audience {
        JSON, TEXT, PAGE;

        static Audience of(String path) {
            if (path.equals("/api") || path.startsWith("/api/") || path.startsWith("/layers/") || path.equals("/oembed")) {
                return JSON;
            }
            // Any map's picture (…/embed.png), as RequestKind reads it.
            return path.endsWith("/embed.png") ? TEXT : PAGE;
        }
    }
}
