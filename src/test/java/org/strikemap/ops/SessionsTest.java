package org.strikemap.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strikemap.testing.Chromium;
import org.strikemap.testing.TestDatabase;

/**
 * Over a real port, with the app's own settings (not behind a proxy): which requests may create an HTTP session
 * (only a view's start), what the cookie says, and that Actuator shows its two probes and nothing else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionsTest {

    @LocalServerPort
    int port;

    @Autowired
    SessionLifetime sessions;

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabase.useRealDataIn(registry);
    }

    @BeforeEach
    void needsTheBundle() {
        assumeTrue(Chromium.productionBundleBuilt(), "needs the production frontend bundle (run src/bin/test)");
    }

    @Test
    void nothingButAViewsStartCreatesASession() throws Exception {
        String page = Http.get(port, "/").body();
        String version = Http.get(port, "/api/dataset").body().replaceAll("(?s).*\"version\":\"([0-9a-f]+)\".*", "$1");
        List<String> paths = List.of("/", "/?date=2024-01-02&strike=nope", firstMatch(page, "\\./(VAADIN/build/[^\"]+\\.js)"),
                "/VAADIN/build/missing.js", "/VAADIN/", "/VAADIN/static/missing", "/VAADIN/push",
                "/api/dataset", "/api/strikes", "/api/regions?from=2024-01-01", "/api/range-rings",
                "/layers/" + version + "/strikes.geojson", "/layers/0000000000000000/strikes.geojson",
                "/embed", "/embed?date=2024-01-31", firstMatch(Http.get(port, "/embed").body(), "(embed-assets/[^\"]+\\.js)"),
                "/embed-assets/missing.js", "/embed.png?width=200", "/oembed", "/oembed?url=http%3A%2F%2Flocalhost%2F",
                "/favicon.ico", "/robots.txt", "/nope", "/embed/x", "/login", "/error", "/HEARTBEAT", "/?v-r=heartbeat",
                "/?v-r=uidl", "/actuator/health/liveness", "/actuator/health/readiness", "/actuator/env");
        int before = sessions.live();
        for (String path : paths) {
            HttpResponse<String> response = Http.get(port, path);
            assertThat(Http.setCookies(response)).as("Set-Cookie on " + path + " (" + response.statusCode() + ")")
                    .isEmpty();
        }
        assertThat(sessions.live()).as("sessions created by %d requests", paths.size()).isEqualTo(before);

        HttpResponse<String> start = Http.get(port, Http.START_VIEW);
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(Http.setCookies(start)).singleElement().satisfies(cookie -> {
            assertThat(cookie).startsWith("JSESSIONID=").contains("; HttpOnly").contains("; SameSite=Lax");
            assertThat(cookie).doesNotContain("Secure");
        });
        assertThat(sessions.live()).isEqualTo(before + 1);
    }

    @Test
    void forwardedHeadersAreIgnoredWhenNotBehindAProxy() throws Exception {
        HttpResponse<String> start = Http.get(port, Http.START_VIEW, "X-Forwarded-Proto", "https",
                "X-Forwarded-For", "198.51.100.9");
        assertThat(Http.setCookies(start)).singleElement().satisfies(cookie -> assertThat(cookie).doesNotContain("Secure"));
    }

    @Test
    void actuatorShowsLivenessAndReadinessAndNothingElse() throws Exception {
        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
            HttpResponse<String> response = Http.get(port, probe);
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(response.body()).as(probe).isEqualTo("{\"status\":\"UP\"}");
        }
        assertThat(Http.get(port, "/actuator/health").body()).doesNotContain("components", "details", "diskSpace", "db");
        for (String other : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/info", "/actuator/metrics",
                "/actuator/configprops", "/actuator/mappings", "/actuator/loggers", "/actuator/threaddump",
                "/actuator/heapdump", "/actuator/shutdown", "/actuator/sbom", "/actuator/health/db",
                "/actuator/health/dataset", "/actuator/health/diskSpace")) {
            HttpResponse<String> response = Http.get(port, other);
            String type = response.headers().firstValue("Content-Type").orElse("");
            assertThat(response.statusCode() == 200 && (type.contains("json") || type.contains("octet-stream")))
                    .as("%s answered %d %s", other, response.statusCode(), type).isFalse();
        }
    }

    private static String firstMatch(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as(regex).isTrue();
        return "/" + matcher.group(1);
    }
}
