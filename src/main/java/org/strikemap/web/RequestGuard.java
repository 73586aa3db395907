package org.strikemap.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.strikemap.share.Echo;

/**
 * The first filter: turns away, with a short answer and one log line, what no endpoint should have to parse: a
 * broken percent-encoding, invalid UTF-8 or a hundred parameters in the address (400, before Tomcat's lazy parameter
 * parsing can throw inside an endpoint), a method the path does not answer (405 with {@code Allow}; OPTIONS answered with the same
 * list), and an {@code Accept} header the data endpoints cannot serve (406) or cannot parse (400). Limits: a path
 * no endpoint or page knows passes, to be answered 404 further in.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestGuard extends OncePerRequestFilter {

    private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON, MediaType.valueOf("application/geo+json"));
    /** The longest address (path and query) and header block answered: far more than any link of ours needs. Tomcat
     * itself refuses requests over {@code server.max-http-request-header-size}, set above these. */
    static final int MAX_ADDRESS = 4096;
    static final int MAX_HEADERS = 8 * 1024;
    /** Far more than any page or endpoint reads; Tomcat would stop parsing at its own limit and throw. */
    static final int MAX_PARAMETERS = 100;
    private static final List<MediaType> PNG = List.of(MediaType.IMAGE_PNG);

    private final Endpoints endpoints;
    private final VaadinRoutes routes;
    private final Replies replies;

    RequestGuard(Endpoints endpoints, VaadinRoutes routes, Replies replies) {
        this.endpoints = endpoints;
        this.routes = routes;
        this.replies = replies;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<HttpStatus> tooLarge = tooLarge(request);
        if (tooLarge.isPresent()) {
            reject(request, response, tooLarge.get(), tooLarge.get() == HttpStatus.URI_TOO_LONG
                    ? "the address is longer than " + MAX_ADDRESS + " characters (expected a short link to the map)"
                    : "the request headers are larger than " + MAX_HEADERS + " bytes");
            return;
        }
        String raw = Replies.path(request);
        Optional<String> encoding = malformed(raw).or(() -> malformed(request.getQueryString()));
        if (encoding.isPresent()) {
            reject(request, response, HttpStatus.BAD_REQUEST, encoding.get());
            return;
        }
        if (request.getQueryString() != null && request.getQueryString().chars().filter(c -> c == '&').count() >= MAX_PARAMETERS) {
            reject(request, response, HttpStatus.BAD_REQUEST, "the address has more than " + MAX_PARAMETERS
                    + " parameters (expected a few: date, strike, from, to, url, width...)");
            return;
        }
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<String> allow = allowed(request, path);
        if (allow.isPresent() && HttpMethod.OPTIONS.matches(request.getMethod())) {
            response.setHeader(HttpHeaders.ALLOW, allow.get() + ", OPTIONS");
            response.setStatus(HttpStatus.NO_CONTENT.value());
            return;
        }
        if (allow.isPresent() && !allow.get().contains(request.getMethod())) {
            response.setHeader(HttpHeaders.ALLOW, allow.get() + ", OPTIONS");
            reject(request, response, HttpStatus.METHOD_NOT_ALLOWED, "method " + Echo.of(request.getMethod())
                    + " is not supported here (expected " + allow.get() + ")");
            return;
        }
        Optional<String> accept = unacceptable(request.getHeader(HttpHeaders.ACCEPT), produced(path));
        if (accept.isPresent()) {
            HttpStatus status = accept.get().startsWith("Accept header is malformed") ? HttpStatus.BAD_REQUEST
                    : HttpStatus.NOT_ACCEPTABLE;
            reject(request, response, status, accept.get());
            return;
        }
        chain.doFilter(request, response);
    }

    private void reject(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String message)
            throws IOException {
        ClientErrors.log(request, status.value(), message);
        replies.send(request, response, status, message);
    }

    private static Optional<HttpStatus> tooLarge(HttpServletRequest request) {
        String query = request.getQueryString();
        if (request.getRequestURI().length() + (query == null ? 0 : query.length() + 1) > MAX_ADDRESS) {
            return Optional.of(HttpStatus.URI_TOO_LONG);
        }
        long size = 0;
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                size += name.length() + value.length() + 4;
            }
        }
        return size > MAX_HEADERS ? Optional.of(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE) : Optional.empty();
    }

    /** The methods the path answers, as an {@code Allow} list, when the path is one of ours. */
    private Optional<String> allowed(HttpServletRequest request, String path) {
        Optional<Set<HttpMethod>> methods = endpoints.allowed(path);
        if (methods.isPresent()) {
            return Optional.of(methods.get().stream().map(HttpMethod::name).collect(Collectors.joining(", ")));
        }
        return path.startsWith("/api/") || !routes.isPage(request.getServletContext(), path) ? Optional.empty()
                : Optional.of(VaadinRoutes.ALLOW);
    }

    private static List<MediaType> produced(String path) {
        // The data downloads of /api (api.DataApi) answer their files' own types; errors are JSON all the same.
        if (path.startsWith("/api/") && (path.endsWith(".csv") || path.endsWith(".zip"))) {
            return List.of(MediaType.valueOf(path.endsWith(".csv") ? "text/csv" : "application/zip"),
                    MediaType.APPLICATION_JSON);
        }
        return switch (ClientErrors.Audience.of(path)) {
            case JSON -> JSON;
            case TEXT -> PNG;
            case PAGE -> List.of();
        };
    }

    /** Why the {@code Accept} header rules out everything the path produces; empty when it does not. */
    static Optional<String> unacceptable(String accept, List<MediaType> produced) {
        if (accept == null || accept.isBlank() || produced.isEmpty()) {
            return Optional.empty();
        }
        List<MediaType> asked;
        try {
            asked = MediaType.parseMediaTypes(accept);
        } catch (IllegalArgumentException e) {
            return Optional.of("Accept header is malformed: '" + Echo.of(accept) + "'");
        }
        boolean served = asked.stream().anyMatch(type -> type.getQualityValue() > 0
                && produced.stream().anyMatch(type::isCompatibleWith));
        return served ? Optional.empty() : Optional.of("this endpoint answers only "
                + produced.stream().map(MediaType::toString).collect(Collectors.joining(" or ")) + ", not '"
                + Echo.of(accept) + "'");
    }

    /** Why the raw address text is not valid percent-encoded UTF-8; empty when it is. */
    static Optional<String> malformed(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 4);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || hex(raw.charAt(i + 1)) < 0
                        || hex(raw.charAt(i + 2)) < 0) {
                    return Optional.of("the address has a broken percent-encoding near '"
                            + Echo.of(raw.substring(i, Math.min(raw.length(), i + 3))) + "' (expected %XX with hex digits)");
                }
                bytes.put((byte) (hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2))));
                i += 2;
            } else if (c <= 0xFF) {
                bytes.put((byte) c); // Tomcat hands over the address's raw bytes as ISO-8859-1 characters
            } else {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes.flip());
            return Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.of("the address is not valid UTF-8 once percent-decoded (expected UTF-8 text)");
        }
    }

    /** An ASCII hex digit's value, -1 for anything else (Character.digit would take other scripts' digits). */
    private static int hex(char c) {
        return c < 128 ? Character.digit(c, 16) : -1;
    }
}
