package org.strikemap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strikemap.ingest.DatasetFiles;
import org.strikemap.testing.Chromium;
import org.strikemap.testing.TestDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * oEmbed 1.0 at {@code /oembed} and its discovery on the pages, over a real port. Expected titles and ids come from
 * data/, the expected snippet is parsed back as HTML rather than trusted as text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.productionMode=true", "vaadin.launch-browser=false"})
class OEmbedApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Map<String, String> TEXTS = DatasetFiles.rows(Path.of("data/north-korean-missiles/dataset.csv")).stream()
            .collect(Collectors.toMap(row -> row.get("key"), row -> row.get("value")));
    static final String STRIKE = DatasetFiles.rows(Path.of("data/north-korean-missiles/strikes.csv")).getFirst().get("id");
    static final String DAY = DatasetFiles.rows(Path.of("data/north-korean-missiles/strikes.csv")).getFirst().get("date_from");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.useRealDataIn(registry);
    }

    @Value("${local.server.port}")
    int port;

    String base() {
        return "http://localhost:" + port + "/";
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base() + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The oEmbed answer for {@code url} with extra raw parameters, expecting {@code status}. */
    JsonNode oembed(String url, String extra, int status) throws Exception {
        HttpResponse<String> response = get("oembed?url=" + encode(url) + extra);
        assertEquals(status, response.statusCode(), url + extra + " -> " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    /** The one iframe of the snippet; fails if the snippet holds anything but it and its height listener. */
    static Element iframe(JsonNode answer) {
        Document snippet = Jsoup.parseBodyFragment(answer.path("html").asString());
        Elements all = snippet.body().children();
        assertEquals(2, all.size(), answer.path("html").asString());
        assertEquals("iframe", all.first().tagName());
        assertEquals("script", all.get(1).tagName());
        assertTrue(all.first().children().isEmpty() && all.first().text().isEmpty());
        assertEquals("", snippet.body().ownText());
        return all.first();
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void aLinkToTheMapGetsARichAnswerEmbeddingTheSameView() throws Exception {
        String url = base() + "?date=" + DAY + "&strike=" + STRIKE;
        HttpResponse<String> response = get("oembed?url=" + encode(url) + "&format=json");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
        String cache = response.headers().firstValue("Cache-Control").orElse("");
        assertTrue(cache.contains("public") && cache.contains("max-age=300"), cache);

        JsonNode answer = JSON.readTree(response.body());
        assertEquals("rich", answer.path("type").asString());
        assertEquals("1.0", answer.path("version").asString());
        assertEquals(TEXTS.get("title"), answer.path("title").asString());
        assertEquals("StrikeMap", answer.path("provider_name").asString());
        assertEquals(base(), answer.path("provider_url").asString());
        assertEquals(640, answer.path("width").asInt());
        assertEquals(600, answer.path("height").asInt());

        Element frame = iframe(answer);
        assertEquals(base() + "embed?date=" + DAY + "&strike=" + encode(STRIKE), frame.attr("src"));
        assertEquals(TEXTS.get("title"), frame.attr("title"));
        assertEquals("600", frame.attr("height"));
        assertEquals("lazy", frame.attr("loading"));
        assertEquals("border:0;width:100%", frame.attr("style"));
    }

    @Test
    void aLinkToTheEmbedKeepsOnlyTheViewParametersInTheirOrder() throws Exception {
        String url = base() + "embed?utm_source=feed&to=2024-01-31&strike=" + STRIKE + "&from=2024-01-01#map";
        JsonNode answer = oembed(url, "", 200);
        assertEquals(base() + "embed?strike=" + encode(STRIKE) + "&from=2024-01-01&to=2024-01-31", iframe(answer).attr("src"));

        for (String plain : List.of(base(), base().substring(0, base().length() - 1), base() + "embed", base() + "embed/")) {
            assertEquals(base() + "embed", iframe(oembed(plain, "&format=json", 200)).attr("src"), plain);
        }
    }

    @Test
    void maxwidthAndMaxheightScaleTheFrameDownAndNeverUp() throws Exception {
        JsonNode narrow = oembed(base(), "&maxwidth=320", 200);
        assertEquals(320, narrow.path("width").asInt());
        assertEquals(300, narrow.path("height").asInt());
        assertEquals("300", iframe(narrow).attr("height"));
        assertEquals("border:0;width:100%;max-width:320px", iframe(narrow).attr("style"));

        JsonNode low = oembed(base(), "&maxheight=150", 200);
        assertEquals(160, low.path("width").asInt());
        assertEquals(150, low.path("height").asInt());

        JsonNode roomy = oembed(base(), "&maxwidth=2000&maxheight=1500", 200);
        assertEquals(640, roomy.path("width").asInt());
        assertEquals(600, roomy.path("height").asInt());

        int[][] limits = {{500, 200}, {200, 500}, {1, 1}, {641, 599}, {413, 1000}};
        for (int[] limit : limits) {
            JsonNode fitted = oembed(base(), "&maxwidth=" + limit[0] + "&maxheight=" + limit[1], 200);
            int width = fitted.path("width").asInt();
            int height = fitted.path("height").asInt();
            assertTrue(width >= 1 && width <= limit[0] && height >= 1 && height <= limit[1], fitted.toString());
            assertEquals(String.valueOf(height), iframe(fitted).attr("height"));
            assertTrue(iframe(fitted).attr("style").endsWith("max-width:" + width + "px"), fitted.toString());
        }
    }

    @Test
    void anotherHostPortSchemeOrPathIs404() throws Exception {
        int other = port == 65535 ? 65534 : port + 1;
        for (String url : List.of("http://127.0.0.1:" + port + "/", "http://example.org:" + port + "/embed",
                "http://localhost:" + other + "/", "https://localhost:" + port + "/", "http://localhost/",
                "http://someone@localhost:" + port + "/", base() + "api/dataset", base() + "embed.png",
                base() + "embedded", base() + "oembed", base() + "about", "embed", "/", "mailto:x@localhost")) {
            assertFalse(oembed(url, "", 404).path("message").asString().isEmpty(), url);
        }
    }

    @Test
    void xmlOrAnyOtherFormatIs501() throws Exception {
        for (String format : List.of("xml", "XML", "yaml")) {
            oembed(base(), "&format=" + format, 501);
        }
        assertEquals(200, get("oembed?url=" + encode(base()) + "&format=JSON").statusCode());
    }

    @Test
    void badLimitsOrNoUrlAre400() throws Exception {
        Map<String, String> faultOf = Map.of("&maxwidth=abc", "maxwidth", "&maxwidth=0", "maxwidth",
                "&maxwidth=-5", "maxwidth", "&maxwidth=1.5", "maxwidth", "&maxwidth=9999999999", "maxwidth",
                "&maxheight=abc", "maxheight", "&maxheight=0", "maxheight", "&maxwidth=300&maxheight=x", "maxheight");
        for (Map.Entry<String, String> bad : faultOf.entrySet()) {
            String message = oembed(base(), bad.getKey(), 400).path("message").asString();
            assertTrue(message.startsWith(bad.getValue() + " must be a positive whole number"), message);
        }
        assertEquals(400, get("oembed").statusCode());
        assertEquals(400, get("oembed?url=&format=json").statusCode());
        assertEquals(400, get("oembed?url=" + encode("http://localhost:" + port + "/ bad")).statusCode());
    }

    @Test
    void valuesThatFailValidationNeverReachTheSnippet() throws Exception {
        String hostile = "\"><script>alert(1)</script><i x='";
        JsonNode answer = oembed(base() + "embed?strike=" + encode(hostile) + "&date=" + encode("a&b=c") + "&region=UA-63",
                "", 200);
        String html = answer.path("html").asString();
        assertFalse(html.contains("script>alert") || html.contains("%3Cscript") || html.contains("a%26b"), html);
        assertEquals(base() + "embed?region=UA-63", iframe(answer).attr("src"));
        // A day outside the period, a region or language the map has not: dropped too.
        JsonNode outside = oembed(base() + "?date=1999-01-01&region=XX-1&lang=xx&strike=" + STRIKE, "", 200);
        assertEquals(base() + "embed?strike=" + encode(STRIKE), iframe(outside).attr("src"));
    }

    @Test
    void aClientsForwardedHeadersChangeNoLinkWhenNotBehindAProxy() throws Exception {
        String https = "https://localhost:" + port + "/";
        assertEquals(404, get("oembed?url=" + encode(https + "?date=" + DAY), "X-Forwarded-Proto", "https").statusCode());
        HttpResponse<String> response = get("oembed?url=" + encode(base() + "?date=" + DAY), "X-Forwarded-Proto", "https",
                "X-Forwarded-Host", "evil.example");
        assertEquals(200, response.statusCode(), response.body());
        JsonNode answer = JSON.readTree(response.body());
        assertEquals(base(), answer.path("provider_url").asString());
        assertEquals(base() + "embed?date=" + DAY, iframe(answer).attr("src"));
    }

    @Test
    void theMapAndTheEmbedPageLinkTheirOEmbedAndPreviewTags() throws Exception {
        assumeTrue(Chromium.productionBundleBuilt(), "Vaadin serves its index page only with the production bundle");
        for (String path : List.of("", "embed")) {
            String page = base() + path + "?date=" + DAY + "&strike=" + STRIKE;
            HttpResponse<String> response = get(page + "&utm_source=feed");
            assertEquals(200, response.statusCode(), page);
            Document html = Jsoup.parse(response.body());

            Element discovery = html.head().selectFirst("link[rel=alternate][type=application/json+oembed]");
            assertTrue(discovery != null, page + " has no oEmbed discovery link");
            assertEquals(base() + "oembed?url=" + encode(page) + "&format=json", discovery.attr("href"));
            assertEquals(TEXTS.get("title"), discovery.attr("title"));
            String image = base() + "embed.png?date=" + DAY + "&strike=" + STRIKE;
            Map<String, String> expected = Map.of("og:title", TEXTS.get("title"), "og:description", TEXTS.get("subtitle"),
                    "og:type", "website", "og:url", page, "og:image", image);
            expected.forEach((property, content) ->
                    assertEquals(content, html.head().select("meta[property=" + property + "]").attr("content"), property));
            assertEquals("summary_large_image", html.head().select("meta[name=twitter:card]").attr("content"));
            assertEquals(image, html.head().select("meta[name=twitter:image]").attr("content"));

            JsonNode answer = JSON.readTree(get(discovery.attr("href")).body());
            assertEquals(base() + "embed?date=" + DAY + "&strike=" + STRIKE, iframe(answer).attr("src"));
        }
        Document plain = Jsoup.parse(get("").body());
        assertEquals(base() + "embed.png", plain.head().select("meta[property=og:image]").attr("content"));
        assertEquals(base() + "oembed?url=" + encode(base()) + "&format=json",
                plain.head().select("link[type=application/json+oembed]").attr("href"));
    }
}
