package org.strikemap.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.res.StringManager;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers what Tomcat rejects before any filter runs (an address with a broken escape or a character HTTP forbids,
 * a request over {@code server.max-http-request-header-size}) with a short answer and one log line, instead of
 * Tomcat's own report page and its logged stack trace. A head too large for Tomcat's buffer is told from other
 * malformed heads by the error Tomcat records, and answered as {@link RequestGuard} answers one within the buffer:
 * 414 when the address did not fit, 431 when the headers did not (or were too many). {@code CONNECT}, which Tomcat
 * refuses with 501 before any filter, is a method no path here answers: 405 with {@code Allow}, as for any other.
 * Limits: no dataset words on these pages (the request never reached the application), and the address may be
 * unknown.
 */
@Component
class ConnectorErrors implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    private final Endpoints endpoints;

    ConnectorErrors(Endpoints endpoints) {
        this.endpoints = endpoints;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addEngineValves(new Valve(path -> endpoints.allowed(path)
                .map(methods -> methods.stream().map(HttpMethod::name).collect(Collectors.joining(", ")))
                .orElse(VaadinRoutes.ALLOW) + ", OPTIONS"));
    }

    /** First in Tomcat's engine pipeline, which Tomcat also runs to report the errors its connector found. */
    static final class Valve extends ValveBase {

        // Tomcat's own words for a head over its buffer, in the server's locale (see status()).
        private static final String HEAD_TOO_LARGE = StringManager.getManager("org.apache.coyote.http11")
                .getString("iib.requestheadertoolarge.error");

        /** The {@code Allow} list of a path, for a method Tomcat refused outright. */
        private final UnaryOperator<String> allow;

        Valve(UnaryOperator<String> allow) {
            super(true);
            this.allow = allow;
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            if (!response.isError() || !response.isErrorReportRequired()) {
                getNext().invoke(request, response);
                return;
            }
            int status = status(request, response);
            String path = path(request);
            String reason = switch (status) {
                case 400 -> "the request is malformed or larger than this server accepts"
                        + (response.getMessage() == null ? "" : " (" + response.getMessage() + ")");
                case 414 -> "the address is longer than this server accepts";
                case 431 -> "the request's headers are larger or more than this server accepts";
                case 405 -> "method CONNECT is not supported here (expected " + allow.apply(path) + ")";
                default -> "the request was refused (" + status + ")";
            };
            ClientErrors.log(String.valueOf(request.getMethod()), path, status, reason);
            if (!response.setErrorReported()) {
                return;
            }
            response.getCoyoteResponse().setStatus(status);
            response.setSuspended(false); // Tomcat suspends a refused request's output; the report must get through
            boolean json = ClientErrors.Audience.of(path) == ClientErrors.Audience.JSON;
            response.setContentType(json ? "application/json" : "text/html");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
            if (status == 405) {
                response.setHeader("Allow", allow.apply(path));
            }
            response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'self'; base-uri 'none'; "
                    + "form-action 'none'; frame-ancestors 'none'");
            HttpStatus known = HttpStatus.resolve(status);
            String phrase = known == null ? "Error" : known.getReasonPhrase();
            String body = json
                    ? "{\"status\":" + status + ",\"error\":\"" + phrase + "\",\"message\":\"" + jsonText(reason) + "\"}"
                    : "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + status + " " + phrase
                    + " · StrikeMap</title></head>\n<body><h1>" + phrase + "</h1><p>" + HtmlUtils.htmlEscape(reason)
                    + ".</p><p><a href=\"/\">Open the map</a></p></body></html>\n";
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        }

        // Tomcat records why it refused a head as the request's error; its words are its own message strings, made
        // here with the same locale, so the comparison holds in any language the server runs in.
        private static int status(Request request, Response response) {
            int status = response.getStatus() < 400 ? 400 : response.getStatus();
            if (status == 501 && "CONNECT".equals(request.getCoyoteRequest().getMethod())) {
                return 405;
            }
            Object error = request.getCoyoteRequest().getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            if (status != 400 || !(error instanceof RuntimeException refused) || refused.getMessage() == null) {
                return status;
            }
            String message = refused.getMessage();
            if (refused instanceof IllegalArgumentException && message.equals(HEAD_TOO_LARGE)) {
                boolean addressCut = request.getCoyoteRequest().requestURI().isNull()
                        || path(request).length() + request.getCoyoteRequest().queryString().getLength()
                        > RequestGuard.MAX_ADDRESS;
                return addressCut ? 414 : 431;
            }
            Object maxHeaders = request.getConnector() == null ? null : request.getConnector().getProperty("maxHeaderCount");
            boolean tooMany = refused instanceof IllegalStateException && maxHeaders != null
                    && message.equals(StringManager.getManager("org.apache.tomcat.util.http")
                            .getString("headers.maxCountFail", maxHeaders));
            return tooMany ? 431 : status;
        }

        private static String path(Request request) {
            String uri = request.getCoyoteRequest().requestURI().isNull() ? ""
                    : request.getCoyoteRequest().requestURI().toString();
            return uri == null ? "" : uri;
        }

        private static String jsonText(String text) {
            return text.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\x00-\\x1f]", " ");
        }
    }
}
