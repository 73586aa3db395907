package org.strikemap.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a client-error answer in the form its path's readers expect ({@link ClientErrors.Audience}): JSON
 * {@link ApiError}, one line of plain text, or the {@link ErrorPage}. Error answers are never cached and never
 * sniffed. Limits: {@code message} must already be cut ({@code share.Echo}); the response must not be committed.
 */
@Component
class Replies {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ErrorPage page;

    Replies(ErrorPage page) {
        this.page = page;
    }

    void send(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String message)
            throws IOException {
        response.resetBuffer();
        response.setStatus(status.value());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String body = switch (ClientErrors.Audience.of(path(request))) {
            case JSON -> {
                response.setContentType("application/json");
                yield JSON.writeValueAsString(ApiError.of(status, message));
            }
            case TEXT -> {
                response.setContentType("text/plain");
                yield message + "\n";
            }
            case PAGE -> {
                response.setContentType("text/html");
                yield page.html(request, status, message);
            }
        };
        write(request, response, body);
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(bytes);
        }
        response.flushBuffer();
    }

    /** One line of plain text with {@code status}, whatever the path's readers. */
    void sendLine(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String message)
            throws IOException {
        response.resetBuffer();
        response.setStatus(status.value());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("text/plain");
        write(request, response, message + "\n");
    }

    /** A page of {@code html} with {@code status}, as {@link #send} writes its pages. */
    void sendPage(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String html)
            throws IOException {
        response.resetBuffer();
        response.setStatus(status.value());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("text/html");
        write(request, response, html);
    }

    /** The path below the context, as the client wrote it (raw, so it is safe to ask before decoding is checked). */
    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
