package org.strikemap.share;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a request came to, as the servlet container read it: scheme, host, port and context path. Behind a trusted
 * proxy ({@code server.forward-headers-strategy=native}) Tomcat has already replaced them with what the proxy
 * forwarded; otherwise they are the connection's scheme and the {@code Host} header, and {@code X-Forwarded-*}
 * headers a client sends change nothing. Limits: the host is the client's word until {@link ServerUrl} checks it.
 */
public record RequestOrigin(String scheme, String host, int port, String contextPath) {

    public static RequestOrigin of(HttpServletRequest request) {
        return new RequestOrigin(request.getScheme(), request.getServerName(), request.getServerPort(),
                request.getContextPath());
    }

    /** {@code scheme://host[:port]/context/}, the port left out when it is the scheme's own. */
    String baseUrl() {
        String lower = scheme == null ? "http" : scheme.toLowerCase(java.util.Locale.ROOT);
        boolean ownPort = port <= 0 || (lower.equals("http") && port == 80) || (lower.equals("https") && port == 443);
        String name = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return lower + "://" + name + (ownPort ? "" : ":" + port) + (contextPath == null ? "" : contextPath) + "/";
    }
}
