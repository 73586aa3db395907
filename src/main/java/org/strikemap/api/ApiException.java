package org.strikemap.api;

import org.springframework.http.HttpStatus;

/** A client error the API answers with {@code {"error": message}} and {@code status}. */
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
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    HttpStatus status() {
        return status;
    }
}
