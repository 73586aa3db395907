package org.strikemap.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.strikemap.web.ApiError;
import org.strikemap.web.ClientErrors;

/**
 * Turns every failure of the API's endpoints into {@code {"status", "error", "message"}} JSON ({@link ApiError}) with
 * a fitting status, and answers unknown /api paths with 404 JSON instead of letting Vaadin's catch-all route render
 * an HTML page. A client error is one log line (web.ClientErrors), never a stack trace.
 */
@RestController
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @RequestMapping("/api/**")
    ResponseEntity<ApiError> unknownPath(HttpServletRequest request) {
        return error(request, HttpStatus.NOT_FOUND, "no such API endpoint");
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiError> api(ApiException e, HttpServletRequest request) {
        return error(request, e.status(), e.getMessage());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        String allow = e.getSupportedHttpMethods() == null ? "GET, HEAD"
                : e.getSupportedHttpMethods().stream().map(HttpMethod::name).collect(Collectors.joining(", "));
        ClientErrors.log(request, 405, "method not supported");
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, allow)
                .contentType(MediaType.APPLICATION_JSON)
                .body(ApiError.of(HttpStatus.METHOD_NOT_ALLOWED, "this endpoint answers " + allow));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noResource(NoResourceFoundException e, HttpServletRequest request) {
        return error(request, HttpStatus.NOT_FOUND, "no such API endpoint");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            // Spring MVC's own client errors (406 for an Accept header we cannot serve, 415, ...): keep their status.
            HttpStatus status = HttpStatus.valueOf(known.getStatusCode().value());
            return error(request, status, status.getReasonPhrase());
        }
        log.error("API request failed", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.APPLICATION_JSON)
                .body(ApiError.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal error"));
    }

    private static ResponseEntity<ApiError> error(HttpServletRequest request, HttpStatus status, String message) {
        ClientErrors.log(request, status.value(), message);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(ApiError.of(status, message));
    }
}
