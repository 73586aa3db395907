package org.strikemap.ui.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strikemap.dataset.Datasets;
import org.strikemap.i18n.Languages;
import org.strikemap.i18n.Messages;
import org.strikemap.map.Layer;
import org.strikemap.testing.TestDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The embed page and its assets over real HTTP: no cookie, CDN-cacheable, every layer preloaded, framing allowed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "strikemap.embed.frame-ancestors=https://news.test 'self'")
class EmbedPageTest {

    @LocalServerPort
    int port;

    @Autowired
    Datasets datasets;

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
    void thePageIsTheSameStaticHtmlForEveryReaderWithNoSession() throws Exception {
        HttpResponse<String> page = get("/embed?date=2024-01-10&strike=kharkiv-2024-01-02");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("max-age=60, public");
        // A static page needs no inline script or style and no eval: the strictest policy, framing as configured.
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'self'; script-src 'self'; "
                + "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
                + "base-uri 'self'; form-action 'self'; frame-ancestors https://news.test 'self'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(page.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(page.body()).doesNotContain("VAADIN", "vaadin");
        String version = datasets.current().version();
        for (Layer layer : Layer.values()) {
            assertThat(page.body()).contains("<link rel=\"preload\" as=\"fetch\" crossorigin href=\"" + layer.path(version) + "\">");
        }
        assertThat(page.body()).contains("<img src=\"http://localhost:" + port + "/embed.png?date=2024-01-10&amp;strike=kharkiv-2024-01-02\"")
                .contains("<meta property=\"og:image\" content=\"http://localhost:" + port
                        + "/embed.png?date=2024-01-10&amp;strike=kharkiv-2024-01-02\">")
                .contains("type=\"application/json+oembed\"");

        String etag = page.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/embed?date=2024-01-10&strike=kharkiv-2024-01-02", "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void theAssetsTheHtmlNamesAreImmutableAndGzipped() throws Exception {
        String html = get("/embed").body();
        Matcher assets = Pattern.compile("(?:src|href)=\"(embed-assets/[^\"]+)\"").matcher(html);
        List<String> found = assets.results().map(m -> m.group(1)).toList();
        assertThat(found).anyMatch(path -> path.endsWith(".js")).anyMatch(path -> path.endsWith(".css"));
        for (String path : found) {
            HttpResponse<String> plain = get("/" + path);
            assertThat(plain.statusCode()).isEqualTo(200);
            assertThat(plain.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
            assertThat(plain.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith(path.endsWith(".js") ? "text/javascript" : "text/css");
            HttpResponse<byte[]> zipped = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(zipped.body().length).isLessThan(plain.body().length() / 2);
        }
        assertThat(get("/embed-assets/no-such.js").statusCode()).isEqualTo(404);
    }

    @Test
    void aRefusedLanguageOrRegionIsExplainedInThePagesLanguageAndLeftOutOfItsAddresses() throws Exception {
        JsonNode english = setup(get("/embed?lang=xx&region=XX-99&date=2024-01-10").body());
        assertThat(english.path("texts").path("notices").values().stream().map(JsonNode::asString).toList()).containsExactly(
                Messages.english().get("page.noRegion", "region", "XX-99"),
                Messages.english().get("page.badLang", "lang", "xx", "languages", "en, uk"));
        assertThat(english.path("texts").path("refused").values().stream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrder("region", "lang");
        // Words of the browser's language when the address's is refused; cut and escaped as every echo is.
        Messages ukrainian = Messages.of(Languages.UKRAINIAN);
        JsonNode uk = setup(get("/embed?lang=%3Cb%3E&region=" + "Z".repeat(60), "Accept-Language", "uk").body());
        assertThat(uk.path("texts").path("notices").values().stream().map(JsonNode::asString).toList()).containsExactly(
                ukrainian.get("page.noRegion", "region", "Z".repeat(40) + "…"),
                ukrainian.get("page.badLang", "lang", "%3Cb%3E", "languages", "en, uk"));
        JsonNode plain = setup(get("/embed?lang=uk&region=UA-63").body());
        assertThat(plain.path("texts").path("notices").isEmpty()).isTrue();
        assertThat(plain.path("texts").path("refused").isEmpty()).isTrue();
    }

    private static JsonNode setup(String html) {
        Matcher json = Pattern.compile("<script type=\"application/json\" id=\"strikemap-setup\">(.*?)</script>",
                Pattern.DOTALL).matcher(html);
        assertThat(json.find()).as("the setup element").isTrue();
        return JsonMapper.builder().build().readTree(json.group(1));
    }

    @Test
    void theSetupInsideThePageCannotCloseItsScriptElement() {
        String json = EmbedHtml.scriptSafe("{\"title\":\"</script><script>alert(1)</script>&\"}");
        assertThat(json).doesNotContain("<", "&").contains("\\u003c/script>");
    }
}
