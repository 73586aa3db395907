package org.strikemap.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strikemap.ingest.DatasetFiles;
import org.strikemap.map.Layer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The map layers as versioned, forever-cacheable resources, and ETags on the unversioned API, over a real port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.productionMode=true", "vaadin.launch-browser=false"})
class CachingApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Path db = Files.createTempDirectory("strikemap-cache-test");
        registry.add("strikemap.data-dir", () -> "data");
        registry.add("strikemap.db-dir", db::toString);
    }

    @Value("${local.server.port}")
    int port;

    HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    String version() throws Exception {
        return JSON.readTree(get("/api/dataset").body()).path("version").asString();
    }

    @Test
    void everyLayerIsAnImmutableCompressedResourceOfItsVersion() throws Exception {
        String version = version();
        assertEquals(16, version.length());
        for (Layer layer : Layer.values()) {
            HttpResponse<byte[]> plain = get("/" + layer.path(version));
            assertEquals(200, plain.statusCode(), layer.path(version));
            assertEquals("application/geo+json", plain.headers().firstValue("Content-Type").orElse(""));
            String cache = plain.headers().firstValue("Cache-Control").orElse("");
            assertTrue(cache.contains("public") && cache.contains("max-age=31536000") && cache.contains("immutable"), cache);
            JsonNode collection = JSON.readTree(plain.body());
            assertEquals("FeatureCollection", collection.path("type").asString());

            HttpResponse<byte[]> gzipped = get("/" + layer.path(version), "Accept-Encoding", "gzip");
            assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""), layer.id());
            assertTrue(gzipped.headers().allValues("Vary").toString().contains("Accept-Encoding"));
            assertArrayEquals(plain.body(), new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes());
        }
    }

    @Test
    void theStrikesLayerHoldsEveryStrikeOfDataWithItsDrawingRules() throws Exception {
        JsonNode strikes = JSON.readTree(get("/" + Layer.STRIKES.path(version())).body());
        var rows = DatasetFiles.rows(Path.of("data/north-korean-missiles/strikes.csv"));
        assertEquals(rows.size(), strikes.path("features").size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode properties = strikes.path("features").get(i).path("properties");
            assertEquals(rows.get(i).get("id"), properties.path("id").asString());
            assertEquals(rows.get(i).get("date_from"), properties.path("visibleFrom").asString());
            assertEquals(rows.get(i).get("status").equals("reported"), properties.path("counted").asBoolean());
            assertEquals(!rows.get(i).get("date_precision").equals("day"), properties.path("faded").asBoolean());
            String expected = rows.get(i).get("status").equals("under-investigation") ? "diamond"
                    : rows.get(i).get("location_precision").equals("region") ? "ring" : "dot";
            assertEquals(expected, properties.path("symbol").asString());
        }
    }

    @Test
    void anotherVersionOrLayerIs404() throws Exception {
        assertEquals(404, get("/layers/0000000000000000/strikes.geojson").statusCode());
        assertEquals(404, get("/layers/" + version() + "/no-such-layer.geojson").statusCode());
        // Long, but within the 4096-character address limit (web.RequestGuard answers 414 beyond it).
        String longName = "x".repeat(4000);
        HttpResponse<byte[]> response = get("/layers/" + longName + "/strikes.geojson");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().length < 500, "the unknown version is not echoed in full");
    }

    @Test
    void theUnversionedApiAnswersAMatchingIfNoneMatchWith304() throws Exception {
        for (String path : new String[] {"/api/strikes", "/api/regions?from=2024-01-01", "/api/dataset"}) {
            HttpResponse<byte[]> first = get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path + " has no ETag"));
            HttpResponse<byte[]> again = get(path, "If-None-Match", etag);
            assertEquals(304, again.statusCode(), path);
            assertEquals(0, again.body().length);
            assertEquals(200, get(path, "If-None-Match", "W/\"something-else\"").statusCode());
        }
        String all = get("/api/regions").headers().firstValue("ETag").orElseThrow();
        String january = get("/api/regions?from=2024-01-01").headers().firstValue("ETag").orElseThrow();
        assertTrue(!all.equals(january), "another window is another entity");
    }

    @Test
    void theUnversionedGeoJsonIsGzippedWhenAskedAndTheSameBytesOtherwise() throws Exception {
        for (String path : new String[] {"/api/strikes", "/api/regions?from=2024-01-01", "/api/range-rings", "/api/countries"}) {
            HttpResponse<byte[]> plain = get(path);
            HttpResponse<byte[]> gzipped = get(path, "Accept-Encoding", "gzip");
            assertEquals(200, gzipped.statusCode(), path);
            assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""), path);
            assertTrue(gzipped.headers().allValues("Vary").toString().contains("Accept-Encoding"), path);
            assertArrayEquals(plain.body(), new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes(), path);
            assertArrayEquals(plain.body(), get(path).body(), path + " answered again");
        }
    }
}
