package org.strikemap.web;

import org.springframework.http.HttpStatus;
import org.strikemap.share.Echo;

/**
 * The body of every JSON error answer: {@code {"status": 400, "error": "Bad Request", "message": "..."}}. The message
 * says what was expected; any request text in it must already be cut with {@link Echo}.
 */
public record ApiError(int status, String error, String message) {

    public static ApiError of(HttpStatus status, String message) {
        return new ApiError(status.value(), status.getReasonPhrase(), message);
    }
}
