package org.strikemap.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;

/**
 * What a request costs the server, read from its path and raw query alone (so it can be asked before anything is
 * decoded or any session looked up): the one classification the rate limit, page-load shedding, the view budget
 * and the host check share. Rules are by path shape, not by one map's addresses, so they hold for any page path
 * ({@code /}, {@code /maps/x}), any embed ({@code …/embed}, {@code …/embed.png}) and any versioned layer folder.
 * Limits: a new kind of costly request (imports) needs its own kind here and a budget in
 * {@code ops.RateLimitProperties}; until then it counts as {@link #OTHER}. Only {@link #SIGN_IN} reads the method.
 */
public enum RequestKind {
    /** The health probes. */
    PROBE,
    /** Files whose address names their content: hashed assets, {@code layers/<version>/…}, the icon. */
    IMMUTABLE,
    /** Vaadin's client asking for a view ({@code ?v-r=init}): a session and a UI. */
    VIEW_START,
    /** An open view's exchanges and heartbeats ({@code ?v-r=…} but init). */
    VIEW_EXCHANGE,
    /** A page's HTML built per request ({@code /}, a route, an unknown page), not the embed. */
    PAGE,
    /** The embed's page ({@code …/embed}). */
    EMBED,
    /** A picture drawn on the server ({@code …/embed.png}). */
    PICTURE,
    /** An API question about a time window ({@code /api/…?from=…&to=…}), answered and kept per window. */
    API_WINDOW,
    /**
     * A sign-in attempt: a POST of the password form ({@code /login}), a one-time link ({@code /login/ott}), a passkey
     * ({@code /login/webauthn}, and its options, {@code /webauthn/authenticate/options}), and single sign-on's two
     * steps ({@code /oauth2/authorization/…}, {@code /login/oauth2/code/…}) whatever their method. The sign-in pages
     * themselves (a GET of {@code /login}) are pages.
     */
    SIGN_IN,
    /** The rest: the API's fixed answers, oEmbed, style sheets. */
    OTHER;

    private static final Pattern VERSIONED_LAYER = Pattern.compile("(^|.*/)layers/[0-9a-f]{16}/.*");
    private static final String HEALTH = "/actuator/health";

    public static RequestKind of(HttpServletRequest request) {
        return of(request.getMethod(), request.getRequestURI().substring(request.getContextPath().length()),
                request.getQueryString());
    }

    /** A GET of {@code path} below the context, {@code rawQuery} as sent (null for none). */
    public static RequestKind of(String path, String rawQuery) {
        return of("GET", path, rawQuery);
    }

    /** {@code method} (as sent), {@code path} below the context, {@code rawQuery} as sent (null for none). */
    public static RequestKind of(String method, String path, String rawQuery) {
        if (path.equals(HEALTH) || path.startsWith(HEALTH + "/")) {
            return PROBE;
        }
        String vaadinRequest = parameter(rawQuery, "v-r");
        if (vaadinRequest != null) {
            return vaadinRequest.equals("init") ? VIEW_START : VIEW_EXCHANGE;
        }
        if (path.startsWith("/oauth2/authorization/") || path.startsWith("/login/oauth2/code/")
                || "POST".equals(method) && (path.equals("/login") || path.startsWith("/login/")
                || path.startsWith("/webauthn/authenticate/") || path.startsWith("/ott/"))) {
            return SIGN_IN;
        }
        if (path.contains("/embed-assets/") || path.startsWith("/VAADIN/build/") || VERSIONED_LAYER.matcher(path).matches()
                || path.endsWith("/favicon.ico") || path.endsWith("/favicon.svg")) {
            return IMMUTABLE;
        }
        if (path.endsWith("/embed.png")) {
            return PICTURE;
        }
        if (path.startsWith("/api/")) {
            return isSet(parameter(rawQuery, "from")) || isSet(parameter(rawQuery, "to")) ? API_WINDOW : OTHER;
        }
        if (path.endsWith("/embed") || path.endsWith("/embed/")) {
            return EMBED;
        }
        boolean data = path.startsWith("/layers/") || path.startsWith("/VAADIN/") || path.startsWith("/styles/")
                || path.startsWith("/actuator/") || path.equals("/oembed") || path.startsWith("/oembed/");
        return data ? OTHER : PAGE;
    }

    /** The first raw value of {@code name} in the query, null when absent. */
    private static String parameter(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.equals(name)) {
                return "";
            }
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }

    private static boolean isSet(String value) {
        return value != null && !value.isEmpty();
    }
}
