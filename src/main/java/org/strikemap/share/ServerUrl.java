package org.strikemap.share;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * This server's public base URL as the current request sees it: scheme (from {@code X-Forwarded-Proto} behind a
 * proxy), the {@code Host} header and the context path, ending in a slash. Limits: trusts those headers as sent,
 * so links point wherever the client (or the proxy in front) says this server is.
 */
public final class ServerUrl {

    private ServerUrl() {
    }

    /**
     * The base URL, e.g. {@code https://maps.example/}. Takes the request's parts rather than a request type so that
     * servlet, Vaadin and test code can all call it ({@code request::getHeader}, {@code request.isSecure()}, …).
     */
    public static String base(UnaryOperator<String> header, boolean secure, String contextPath) {
        String scheme = Optional.ofNullable(header.apply("X-Forwarded-Proto"))
                // A chain of proxies lists one scheme each; the first is the one the client used.
                .map(value -> value.split(",")[0].strip())
                .filter(s -> s.equalsIgnoreCase("http") || s.equalsIgnoreCase("https"))
                .orElse(secure ? "https" : "http");
        String host = Optional.ofNullable(header.apply("Host")).filter(h -> !h.isBlank()).orElse("localhost");
        return scheme.toLowerCase() + "://" + host + (contextPath == null ? "" : contextPath) + "/";
    }
}
