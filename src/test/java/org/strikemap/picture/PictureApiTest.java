package org.strikemap.picture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strikemap.dataset.Datasets;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.source.DatasetOverview;
import org.strikemap.strike.Strike;
import org.strikemap.testing.TestDatabase;

/** {@code GET /embed.png} over a real port: parameters, caching headers, no session. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.productionMode=true", "vaadin.launch-browser=false"})
class PictureApiTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.useRealDataIn(registry);
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    Datasets datasets;

    @Autowired
    PictureCache cache;

    HttpResponse<byte[]> get(String query, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/embed.png" + query));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aPictureIsAPngForAnySiteWithNoSessionAndAnETag() throws Exception {
        LoadedDataset dataset = datasets.current();
        Strike strike = dataset.strikes().all().getFirst();
        String query = "?date=" + dataset.sources().overview().periodTo() + "&strike="
                + URLEncoder.encode(strike.id(), StandardCharsets.UTF_8) + "&width=640";
        HttpResponse<byte[]> response = get(query);
        assertEquals(200, response.statusCode());
        assertEquals("image/png", response.headers().firstValue("Content-Type").orElse(""));
        String cacheControl = response.headers().firstValue("Cache-Control").orElse("");
        assertTrue(cacheControl.contains("public") && cacheControl.contains("max-age=300"), cacheControl);
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), "no cookie: " + response.headers().map());
        String etag = response.headers().firstValue("ETag").orElse("");
        assertTrue(etag.startsWith("\"" + dataset.version() + "-"), etag);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
        assertEquals(640, image.getWidth());

        HttpResponse<byte[]> again = get(query);
        assertArrayEquals(response.body(), again.body(), "the cached picture, byte for byte");
        assertEquals(etag, again.headers().firstValue("ETag").orElse(""));
        assertEquals(304, get(query, "If-None-Match", etag).statusCode());
        assertFalse(etag.equals(get("?width=640").headers().firstValue("ETag").orElse("")),
                "other parameters, another picture");
    }

    @Test
    void langUkDrawsAnotherPictureAndAnUnknownLanguageIs400AsOnThePages() throws Exception {
        HttpResponse<byte[]> english = get("?width=640");
        HttpResponse<byte[]> ukrainian = get("?width=640&lang=uk");
        assertEquals(200, ukrainian.statusCode());
        assertFalse(java.util.Arrays.equals(english.body(), ukrainian.body()), "the Ukrainian words drawn");
        assertFalse(english.headers().firstValue("ETag").equals(ukrainian.headers().firstValue("ETag")));
        assertArrayEquals(ukrainian.body(), get("?width=640&lang=UK").body());
        assertEquals(400, get("?width=640&lang=xx").statusCode());
    }

    @Test
    void theDefaultsAreTheLastDayAtTwelveHundredAndTheSameParametersShareOneEntry() throws Exception {
        LoadedDataset dataset = datasets.current();
        HttpResponse<byte[]> plain = get("");
        assertEquals(200, plain.statusCode());
        assertEquals(MapPicture.DEFAULT_WIDTH, ImageIO.read(new ByteArrayInputStream(plain.body())).getWidth());
        int cached = cache.size();
        HttpResponse<byte[]> spelledOut = get("?date=" + dataset.sources().overview().periodTo() + "&width=1200");
        assertArrayEquals(plain.body(), spelledOut.body());
        assertEquals(cached, cache.size(), "normalised parameters find the same entry");
        HttpResponse<byte[]> huge = get("?width=99999999999");
        assertEquals(MapPicture.MAX_WIDTH, ImageIO.read(new ByteArrayInputStream(huge.body())).getWidth());
    }

    @Test
    void badParametersGet400WithAShortPlainReason() throws Exception {
        DatasetOverview period = datasets.current().sources().overview();
        LocalDate before = period.periodFrom().minusDays(1);
        LocalDate after = period.periodTo().plusDays(1);
        String[][] cases = {
                {"?date=yesterday", "not a date"},
                {"?date=2024-13-01", "not a date"},
                {"?date=" + before, "outside the period"},
                {"?date=" + after, "outside the period"},
                {"?from=soon", "not a date"},
                {"?to=" + after, "outside the period"},
                {"?from=" + period.periodTo() + "&to=" + period.periodFrom(), "is after to"},
                {"?strike=no-such-strike", "no strike 'no-such-strike'"},
                {"?width=wide", "not a whole number"},
                {"?width=0", "must be above 0"},
                {"?width=-5", "not a whole number"},
                {"?width=12.5", "not a whole number"},
                // As strict as the pages (issue 16): no stray spaces, ASCII digits only, a language the map speaks.
                {"?date=%202024-01-02", "not a date"},
                {"?date=2024-01-02%20", "not a date"},
                {"?strike=kyiv-1%20", "no strike 'kyiv-1 '"},
                {"?width=%EF%BC%93%EF%BC%90%EF%BC%90", "not a whole number"},
                {"?width=%20300", "not a whole number"},
                {"?lang=xx", "'xx' is not a language of this map (expected en, uk)"},
                {"?lang=uk%00", "'uk ' is not a language"},
                {"?lang=%20uk", "' uk' is not a language"},
                // Markup and quotes from the request come back as their escapes, never raw.
                {"?date=%22%3E%3Cscript%3E", "'%22%3E%3Cscript%3E' is not a date"},
        };
        for (String[] bad : cases) {
            HttpResponse<byte[]> response = get(bad[0]);
            assertEquals(400, response.statusCode(), bad[0]);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), bad[0]);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), bad[0]);
            String message = new String(response.body(), StandardCharsets.UTF_8);
            assertTrue(message.contains(bad[1]) && message.length() < 120, bad[0] + " → " + message);
            assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), bad[0]);
        }
    }
}
