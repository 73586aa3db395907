package org.strikemap.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.strikemap.share.Echo;

/**
 * {@code /error}, where the servlet container sends every error no endpoint answered itself (Spring's 404 for a
 * missing static file, 405 from a resource handler, an exception): the same short answers as the rest of
 * {@code web}, never Spring's Whitelabel page or {@code {"status":999}}. Asked for directly, {@code /error} is
 * just an unknown page (404). Limits: logs client errors once; server errors were logged where they were thrown.
 */
@Controller
class ErrorPages implements ErrorController {

    private final Replies replies;

    ErrorPages(Replies replies) {
        this.replies = replies;
    }

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null && value >= 400
                ? HttpStatus.valueOf(value) : HttpStatus.NOT_FOUND;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String text ? text : request.getRequestURI();
        String message = switch (status) {
            case NOT_FOUND -> "There is no page at " + Echo.of(path) + " on this site; the map is at the link below.";
            case METHOD_NOT_ALLOWED -> "method " + Echo.of(request.getMethod()) + " is not supported here";
            default -> status.is5xxServerError() ? "The server could not answer this request; please try again later."
                    : "The request could not be answered: " + status.getReasonPhrase() + ".";
        };
        if (status.is4xxClientError()) {
            ClientErrors.log(request.getMethod(), path, status.value(), status.getReasonPhrase());
        }
        if (!response.isCommitted()) {
            replies.send(new OriginalPath(request, path), response, status, message);
        }
    }

    /** The error dispatch's request, answering with the path the client asked for, so the reply fits its audience. */
    private static final class OriginalPath extends jakarta.servlet.http.HttpServletRequestWrapper {

        private final String path;

        OriginalPath(HttpServletRequest request, String path) {
            super(request);
            this.path = path;
        }

        @Override
        public String getRequestURI() {
            return path;
        }
    }
}
