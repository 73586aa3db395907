package org.strikemap.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strikemap.testing.TestDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile requests over a real socket against the whole application (filters, Tomcat, Spring MVC, Vaadin's servlet),
 * on the repository's data: every case must get its status (or status class), an answer in its path's form, no
 * stack trace or class name in the body, nothing of the request quoted beyond the echo limit, the security headers,
 * no session cookie on an error, and at most one log line (WARN or below) with no stack trace.
 */
// The limits stay on, but with budgets no case reaches: the suite asks for far more pictures and pages from one
// address than the defaults allow a minute, and what is tested here is each answer, not the limits (ops tests them).
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.productionMode=true", "vaadin.launch-browser=false", "strikemap.rate-limit.pictures.burst=100000",
        "strikemap.rate-limit.pages.burst=100000", "strikemap.rate-limit.view-starts.burst=100000"})
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** What a stack trace or a framework's own error page leaves in a body. */
    private static final List<String> LEAKS = List.of("Exception", "\tat ", "at java.", "org.springframework",
            "org.apache", "jakarta.", "Whitelabel", "Could not navigate", "HTTP Status ", "Apache Tomcat", "com.vaadin");
    /** The longest run of a request value that may come back: the echo limit plus its ellipsis. */
    private static final int ECHO = 41;
    private static final Pattern LOG_LINE = Pattern.compile("^\\S+\\s+(TRACE|DEBUG|INFO|WARN|ERROR)\\s", Pattern.MULTILINE);

    private static String version;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabase.useRealDataIn(registry);
    }

    static Stream<HostileCase> cases() {
        return HostileCases.all().stream();
    }

    @Test
    void thereAreEnoughCasesInEveryGroup() {
        List<HostileCase> all = HostileCases.all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(510);
        assertThat(all.stream().map(HostileCase::group).distinct()).hasSizeGreaterThanOrEqualTo(10);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void holds(HostileCase hostile, CapturedOutput output) throws Exception {
        try {
            check(hostile, output);
        } catch (AssertionError e) {
            throw new AssertionError(hostile + ": " + e.getMessage(), e);
        }
    }

    private void check(HostileCase hostile, CapturedOutput output) throws Exception {
        String target = hostile.target().replace("{v}", version()).replace("{p}", String.valueOf(port));
        int logBefore = output.getOut().length();
        RawHttp.Response response = RawHttp.send(port, hostile.method(), target, hostile.headers());
        String log = output.getOut().substring(logBefore);

        assertThat(hostile.matches(response.status())).as("status %d, body %s", response.status(), cut(response.body()))
                .isTrue();
        assertHeaders(hostile, response);
        for (String leak : LEAKS) {
            assertThat(response.body()).as("body leaks '%s'", leak).doesNotContain(leak);
        }
        for (String value : requestValues(target)) {
            if (value.length() > ECHO) {
                assertThat(response.body()).as("echoes a value uncut").doesNotContain(value.substring(0, ECHO + 1));
            }
        }
        if (response.status() >= 400) {
            assertForm(hostile.form(), response);
            assertNoRawEcho(response, requestValues(target), hostile.headers());
        }
        for (String absent : hostile.absent()) {
            assertThat(response.body()).as("the answer carries a refused value").doesNotContain(absent);
        }
        if (contentType(response).startsWith("text/html")) {
            assertThat(response.body()).doesNotContain("<script>alert(1)").doesNotContain("onerror=alert");
        }
        assertLog(log);
    }

    private static void assertHeaders(HostileCase hostile, RawHttp.Response response) {
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        String policy = response.header("Content-Security-Policy");
        assertThat(policy).isNotNull().contains("frame-ancestors");
        assertThat(policy.contains("object-src 'none'") || policy.contains("default-src 'none'")).as(policy).isTrue();
        assertThat(policy).doesNotContain("script-src 'self' 'unsafe-inline'");
        // No hostile request starts a session, whatever it is answered (only a browser's view start may).
        assertThat(response.headers()).as("no session").doesNotContainKey("set-cookie");
        if (response.status() == 405 || response.status() == 204) {
            assertThat(response.header("Allow")).as("Allow").isNotNull().contains("GET").doesNotContain(hostile.method() + ",");
        }
    }

    private static void assertForm(HostileCase.Form form, RawHttp.Response response) throws Exception {
        String type = contentType(response);
        switch (form) {
            case JSON -> {
                assertThat(type).startsWith("application/json");
                JsonNode body = JSON.readTree(response.body());
                assertThat(body.path("status").asInt()).isEqualTo(response.status());
                assertThat(body.path("error").asString()).isNotBlank();
                assertThat(body.path("message").asString()).isNotBlank();
                assertThat(response.body().length()).isLessThan(600);
            }
            case PAGE -> {
                assertThat(type).startsWith("text/html");
                assertThat(response.body()).contains("class=\"sm-header\"", "class=\"sm-footer\"", "Open the map</a>");
                assertThat(response.body().length()).isLessThan(8000);
            }
            case TEXT -> {
                assertThat(type).startsWith("text/plain");
                assertThat(response.body().strip()).doesNotContain("\n");
                assertThat(response.body().length()).isLessThan(400);
            }
            case ERROR -> assertThat(type).matches("(text/html|application/json|text/plain).*");
            case SHORT -> {
                assertThat(type).matches("(text/html|application/json).*");
                assertThat(response.body().length()).isLessThan(1000);
                assertThat(response.body()).containsAnyOf("Open the map", "\"message\"");
            }
            case ANY -> {
            }
        }
    }

    /**
     * An error's message (JSON {@code message} or the text line) quotes request values with {@code <}, {@code >} and
     * quotes encoded: none of them appears raw, and no run of a value around one of its quotes comes back.
     */
    private static void assertNoRawEcho(RawHttp.Response response, List<String> values, Map<String, String> headers)
            throws Exception {
        String type = contentType(response);
        String message;
        if (type.startsWith("application/json")) {
            message = JSON.readTree(response.body()).path("message").asString();
        } else if (type.startsWith("text/plain")) {
            message = response.body();
        } else {
            return;
        }
        assertThat(message).as("message").doesNotContain("<", ">", "\"");
        List<String> all = new ArrayList<>(values);
        all.addAll(headers.values());
        for (String value : all) {
            for (int i = value.indexOf('\''); i >= 0; i = value.indexOf('\'', i + 1)) {
                String around = value.substring(Math.max(0, i - 2), Math.min(value.length(), i + 3));
                if (around.length() >= 3) {
                    assertThat(message).as("message quotes '%s' raw", around).doesNotContain(around);
                }
            }
        }
    }

    /** At most one line for the request, at WARN or below, and no stack trace. */
    private static void assertLog(String log) {
        List<String> levels = new ArrayList<>();
        LOG_LINE.matcher(log).results().forEach(match -> levels.add(match.group(1)));
        assertThat(levels).as("log:\n%s", log).doesNotContain("ERROR");
        assertThat(levels.stream().filter(level -> level.equals("WARN")).count()).as("log:\n%s", log).isLessThanOrEqualTo(1);
        assertThat(log).as("log").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(log.lines().filter(line -> line.contains("org.strikemap.web.ClientErrors")).count()).as("log:\n%s", log)
                .isLessThanOrEqualTo(1);
    }

    /** The request's parameter values and path segments, decoded where they decode. */
    private static List<String> requestValues(String target) {
        List<String> values = new ArrayList<>();
        String[] parts = target.split("\\?", 2);
        for (String segment : parts[0].split("/")) {
            values.add(decode(segment));
        }
        if (parts.length > 1) {
            for (String pair : parts[1].split("&")) {
                values.add(decode(pair.substring(pair.indexOf('=') + 1)));
            }
        }
        return values;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static String contentType(RawHttp.Response response) {
        String type = response.header("Content-Type");
        return type == null ? "" : type.toLowerCase();
    }

    private static String cut(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private String version() throws Exception {
        if (version == null) {
            RawHttp.Response dataset = RawHttp.send(port, "GET", "/api/dataset", Map.of());
            version = JSON.readTree(dataset.body()).path("version").asString();
        }
        return version;
    }
}
