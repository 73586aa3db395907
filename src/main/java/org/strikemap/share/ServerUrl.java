package org.strikemap.share;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This server's public base URL: the one address every absolute link names (og:url, og:image, oEmbed discovery and
 * {@code html}, the Share dialog, the static publish, the picture's credit). {@code strikemap.public-url} when set;
 * otherwise the scheme, host and port a request came to, but only when its host is one of
 * {@code strikemap.allowed-hosts} (default: {@link ThisMachine#names()}). The scheme and host are the servlet
 * container's reading of the request ({@link RequestOrigin}): {@code X-Forwarded-Proto} and {@code -Host} count only
 * behind a trusted proxy ({@code server.forward-headers-strategy=native}), never as sent by a client. Callers refuse
 * a request whose host is not allowed (web.HostCheck, 400) before any link is written. Limits: one address per
 * server; a path below it (a context path, or a sub-path of the public URL) is kept.
 */
@Component
public class ServerUrl {

    private final Optional<String> publicUrl;
    private final Set<String> allowedHosts;

    public ServerUrl(@Value("${strikemap.public-url:}") String publicUrl,
                     @Value("${strikemap.allowed-hosts:}") List<String> allowedHosts) {
        this.publicUrl = publicUrl == null || publicUrl.isBlank() ? Optional.empty() : Optional.of(normalised(publicUrl));
        List<String> named = allowedHosts == null ? List.of()
                : allowedHosts.stream().map(String::strip).filter(host -> !host.isEmpty()).toList();
        this.allowedHosts = (named.isEmpty() ? ThisMachine.names() : named).stream()
                .map(ServerUrl::bare).collect(Collectors.toUnmodifiableSet());
    }

    /** {@code strikemap.public-url}, ending in a slash, when set. */
    public Optional<String> publicUrl() {
        return publicUrl;
    }

    /** Whether links may be written for a request that came to {@code origin}. */
    public boolean allows(RequestOrigin origin) {
        return publicUrl.isPresent() || allowedHosts.contains(bare(origin.host()));
    }

    /**
     * The base URL for links in the answer to a request that came to {@code origin}, e.g. {@code https://maps.example/}.
     * @throws IllegalStateException when its host is not allowed (web.HostCheck answers such requests 400 first)
     */
    public String base(RequestOrigin origin) {
        if (publicUrl.isPresent()) {
            return publicUrl.get();
        }
        if (!allows(origin)) {
            throw new IllegalStateException("links are not written for the host " + Echo.of(origin.host()));
        }
        return origin.baseUrl();
    }

    /** The host part of a name as compared: lower case, IPv6 without brackets. */
    static String bare(String host) {
        String lower = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("[") && lower.endsWith("]") ? lower.substring(1, lower.length() - 1) : lower;
    }

    private static String normalised(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("strikemap.public-url: '" + Echo.of(url) + "' is not a URL");
        }
        boolean web = uri.getScheme() != null && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"));
        if (!web || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
                || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("strikemap.public-url: '" + Echo.of(url)
                    + "' is not an absolute http(s) address without query (expected e.g. https://maps.example.org/)");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority() + (path.endsWith("/") ? path : path + "/");
    }
}
