package org.strikemap.api;

import org.springframework.http.HttpStatus;
import org.strikemap.share.Echo;

/** A client error the API answers with {@code {"status", "error", "message"}} JSON and {@code status}. */
class ApiException extends RuntimeException {

    private final HttpStatus status;

    ApiException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    static ApiException badRequest(String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, message);
    }

    static ApiException notFound(String message) {
        return new ApiException(HttpStatus.NOT_FOUND, message);
    }

    /** A value from the request, cut so that no one can put long text of their own into our answers. */
    static String shorten(String value) {
        return Echo.of(value);
    }

    HttpStatus status() {
        return status;
    }
}
