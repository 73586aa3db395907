package org.strikemap.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers what Tomcat rejects before any filter runs (an address with a broken escape or a character HTTP forbids,
 * a request over {@code server.max-http-request-header-size}) with a short answer and one log line, instead of
 * Tomcat's own report page and its logged stack trace. Requests too large for the application but within Tomcat's
 * buffer get 414 or 431 from {@link RequestGuard}; Tomcat cannot tell its own overflow from other malformed heads,
 * so those stay 400. Limits: no dataset words on these pages (the request never reached the application), and the
 * address may be unknown.
 */
@Component
class ConnectorErrors implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addEngineValves(new Valve());
    }

    /** First in Tomcat's engine pipeline, which Tomcat also runs to report the errors its connector found. */
    static final class Valve extends ValveBase {

        Valve() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            if (!response.isError() || !response.isErrorReportRequired()) {
                getNext().invoke(request, response);
                return;
            }
            int status = response.getStatus() < 400 ? 400 : response.getStatus();
            String path = path(request);
            String reason = status == 400 ? "the request is malformed or larger than this server accepts"
                    + (response.getMessage() == null ? "" : " (" + response.getMessage() + ")")
                    : "the request was refused (" + status + ")";
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
