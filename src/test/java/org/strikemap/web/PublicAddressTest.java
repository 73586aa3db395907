package org.strikemap.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strikemap.testing.Chromium;
import org.strikemap.testing.TestDatabase;

/**
 * With {@code strikemap.public-url} set, every absolute link names that address, whatever Host the request came
 * with (so no Host is refused), and oEmbed answers only for links on it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "strikemap.public-url=https://maps.example.org/news")
class PublicAddressTest {

    private static final String PUBLIC = "https://maps.example.org/news/";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabase.useRealDataIn(registry);
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theEmbedsLinksNameThePublicAddressWhateverTheHost() throws Exception {
        HttpResponse<String> page = get("/embed?date=2024-01-02", "X-Forwarded-Proto", "http");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<meta property=\"og:url\" content=\"" + PUBLIC + "embed?date=2024-01-02\">")
                .contains("<meta property=\"og:image\" content=\"" + PUBLIC + "embed.png?date=2024-01-02\">")
                .contains("href=\"" + PUBLIC + "oembed?url=" + encode(PUBLIC + "embed?date=2024-01-02") + "&amp;format=json\"")
                .doesNotContain("localhost");
    }

    @Test
    void theMapsLinksNameThePublicAddress() throws Exception {
        assumeTrue(Chromium.productionBundleBuilt(), "Vaadin serves its index page only with the production bundle");
        HttpResponse<String> page = get("/?date=2024-01-02");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("content=\"" + PUBLIC + "?date=2024-01-02\"").doesNotContain("localhost:" + port);
    }

    @Test
    void oEmbedAnswersOnlyForLinksOnThePublicAddress() throws Exception {
        HttpResponse<String> own = get("/oembed?url=" + encode(PUBLIC + "embed?date=2024-01-02"));
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("\"provider_url\":\"" + PUBLIC + "\"")
                .contains("src=\\\"" + PUBLIC + "embed?date=2024-01-02\\\"");
        for (String other : new String[] {"http://localhost:" + port + "/embed", "http://maps.example.org/news/embed",
                "https://maps.example.org/embed", "https://evil.example/news/embed"}) {
            assertThat(get("/oembed?url=" + encode(other)).statusCode()).as(other).isEqualTo(404);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
