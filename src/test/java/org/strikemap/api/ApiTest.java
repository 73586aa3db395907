package org.strikemap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strikemap.ingest.DatasetFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP API over a real port (so requests pass Vaadin's servlet mapping), on the repository's real data/.
 * Expectations are computed from the CSV files, not from the code under test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // No dev-mode frontend build (npm) for API tests; Vaadin's servlet and its /* mapping are still installed.
        "vaadin.productionMode=true",
        "vaadin.launch-browser=false"})
class ApiTest {

    static final Path DATA = Path.of("data");
    static final Path MAP = DATA.resolve("north-korean-missiles");
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Path db = Files.createTempDirectory("strikemap-api-test");
        db.toFile().deleteOnExit();
        registry.add("strikemap.data-dir", DATA::toString);
        registry.add("strikemap.db-dir", db::toString);
    }

    @Value("${local.server.port}")
    int port;

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    JsonNode getJson(String path, int status) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(status, response.statusCode(), path + " -> " + response.body());
        return JSON.readTree(response.body());
    }

    static List<Map<String, String>> strikeRows() {
        return DatasetFiles.rows(MAP.resolve("strikes.csv"));
    }

    static List<String> ids(JsonNode collection) {
        List<String> ids = new ArrayList<>();
        collection.path("features").forEach(feature -> ids.add(feature.path("properties").path("id").asString()));
        return ids;
    }

    @Test
    void strikesAreGeoJsonPointsInFileOrder() throws Exception {
        HttpResponse<String> response = get("/api/strikes");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/geo+json"));
        JsonNode collection = JSON.readTree(response.body());
        assertEquals("FeatureCollection", collection.path("type").asString());
        assertEquals(strikeRows().stream().map(row -> row.get("id")).toList(), ids(collection));
        for (JsonNode feature : collection.path("features")) {
            assertEquals("Point", feature.path("geometry").path("type").asString());
            assertEquals(feature.path("id").asString(), feature.path("properties").path("id").asString());
        }
    }

    @Test
    void theKharkivStrikeCarriesBothReportsFigures() throws Exception {
        JsonNode collection = getJson("/api/strikes", 200);
        JsonNode kharkiv = null;
        for (JsonNode feature : collection.path("features")) {
            if (feature.path("id").asString().equals("kharkiv-2024-01-02")) {
                kharkiv = feature.path("properties");
            }
        }
        assertTrue(kharkiv != null, "no kharkiv-2024-01-02 feature");
        assertEquals("2024-01-02", kharkiv.path("dateFrom").asString());
        assertEquals("day", kharkiv.path("datePrecision").asString());
        assertEquals("2 January 2024", kharkiv.path("dateLabel").asString());
        assertEquals("UA-63", kharkiv.path("region").asString());
        assertEquals("Kharkiv Oblast", kharkiv.path("regionName").asString());
        Set<String> figures = new HashSet<>();
        for (JsonNode claim : kharkiv.path("claims")) {
            String figure = claim.has("value") ? claim.path("value").asString() : ">=" + claim.path("min").asInt();
            figures.add(claim.path("kind").asString() + " " + figure + " " + claim.path("source").asString());
        }
        assertTrue(figures.containsAll(Set.of("killed 3 002", "injured 64 002", "killed 2 004", "injured >=61 004")), figures.toString());
        List<Map<String, String>> csvClaims = DatasetFiles.rows(MAP.resolve("claims.csv")).stream()
                .filter(row -> row.get("subject").equals("kharkiv-2024-01-02")).toList();
        assertEquals(csvClaims.stream().map(row -> row.get("id")).toList(),
                kharkiv.path("claims").valueStream().map(claim -> claim.path("id").asString()).toList());
        TreeSet<String> cited = new TreeSet<>();
        csvClaims.forEach(row -> cited.add(row.get("source")));
        cited.add("002");
        assertEquals(List.copyOf(cited), kharkiv.path("sources").valueStream().map(s -> s.path("id").asString()).toList());
        double distance = kharkiv.path("distanceFromLaunchKm").asDouble();
        assertEquals(280, distance, 2);
        assertEquals(distance, Math.round(distance * 10) / 10.0, 1e-9);
    }

    @Test
    void aWindowKeepsOnlyStrikesThatMayFallInIt() throws Exception {
        JsonNode early = getJson("/api/strikes?to=2024-01-01", 200);
        List<String> expected = strikeRows().stream()
                .filter(row -> !LocalDate.parse(row.get("date_from")).isAfter(LocalDate.parse("2024-01-01")))
                .map(row -> row.get("id")).toList();
        assertEquals(expected, ids(early));
        for (JsonNode feature : early.path("features")) {
            assertFalse(LocalDate.parse(feature.path("properties").path("dateFrom").asString()).isAfter(LocalDate.parse("2024-01-01")));
        }
        JsonNode late = getJson("/api/strikes?from=2024-01-03", 200);
        List<String> expectedLate = strikeRows().stream()
                .filter(row -> row.get("date_to").isEmpty() || !LocalDate.parse(row.get("date_to")).isBefore(LocalDate.parse("2024-01-03")))
                .map(row -> row.get("id")).toList();
        assertEquals(expectedLate, ids(late));
        assertFalse(ids(late).contains("kharkiv-2024-01-02"));
    }

    @Test
    void badDatesAre400WithAMessage() throws Exception {
        HttpResponse<String> response = get("/api/strikes?from=2024-13-01");
        assertEquals(400, response.statusCode());
        assertEquals("from: '2024-13-01' is not a date (expected YYYY-MM-DD)", JSON.readTree(response.body()).path("message").asString());
        assertEquals("from 2024-02-01 is after to 2024-01-01",
                getJson("/api/strikes?from=2024-02-01&to=2024-01-01", 400).path("message").asString());
        assertEquals("to: 'soon' is not a date (expected YYYY-MM-DD)", getJson("/api/regions?to=soon", 400).path("message").asString());
        getJson("/api/strikes?from=2024-01-01&from=2024-01-02", 400);
        getJson("/api/strikes?from=%3Cscript%3E", 400);
    }

    @Test
    void unknownThingsAre404Json() throws Exception {
        assertTrue(getJson("/api/strikes/no-such-strike", 404).path("message").asString().contains("no-such-strike"));
        assertEquals("no such API endpoint", getJson("/api/nothing-here", 404).path("message").asString());
        assertEquals(List.of("kyiv-1"), ids(getJson("/api/strikes/kyiv-1", 200)));
        HttpResponse<String> html = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/dataset"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(406, html.statusCode(), html.body());
    }

    @Test
    void regionsCountTheReportedStrikesOnRecordAndPossibleInTheWindow() throws Exception {
        for (String[] window : new String[][] {{null, null}, {"2024-01-01", "2024-01-15"}, {null, "2023-12-29"}, {"2024-02-01", null}}) {
            String query = (window[0] == null ? "" : "from=" + window[0]) + (window[1] == null ? "" : "&to=" + window[1]);
            JsonNode regions = getJson("/api/regions?" + query, 200);
            assertEquals(27, regions.path("features").size());
            int onRecord = 0;
            int possible = 0;
            for (JsonNode feature : regions.path("features")) {
                JsonNode properties = feature.path("properties");
                assertEquals(feature.path("id").asString(), properties.path("code").asString());
                assertFalse(properties.path("name").asString().isBlank());
                assertFalse(properties.path("names").path("uk").asString().isBlank());
                assertEquals(properties.path("name").asString(), properties.path("names").path("en").asString());
                onRecord += properties.path("onRecord").asInt();
                possible += properties.path("possible").asInt();
            }
            LocalDate from = window[0] == null ? null : LocalDate.parse(window[0]);
            LocalDate to = window[1] == null ? null : LocalDate.parse(window[1]);
            List<Map<String, String>> reported = strikeRows().stream().filter(row -> row.get("status").equals("reported"))
                    .toList();
            // On record: the whole date span inside the window; possible: it meets the window without lying inside.
            long inside = reported.stream()
                    .filter(row -> from == null || !LocalDate.parse(row.get("date_from")).isBefore(from))
                    .filter(row -> !row.get("date_to").isEmpty() && (to == null || !LocalDate.parse(row.get("date_to")).isAfter(to)))
                    .count();
            long meeting = reported.stream()
                    .filter(row -> to == null || !LocalDate.parse(row.get("date_from")).isAfter(to))
                    .filter(row -> from == null || row.get("date_to").isEmpty() || !LocalDate.parse(row.get("date_to")).isBefore(from))
                    .count();
            assertEquals(inside, onRecord, "on record in window " + query);
            assertEquals(meeting - inside, possible, "possible in window " + query);
        }
    }

    @Test
    void rangeRingsArePolygonsAroundTheLaunchSite() throws Exception {
        JsonNode rings = getJson("/api/range-rings", 200);
        List<Map<String, String>> csv = DatasetFiles.rows(MAP.resolve("range-rings.csv"));
        assertEquals(csv.size(), rings.path("features").size());
        JsonNode ring = rings.path("features").get(0);
        assertEquals("Polygon", ring.path("geometry").path("type").asString());
        Map<String, String> site = DatasetFiles.rows(MAP.resolve("launch-sites.csv")).getFirst();
        JsonNode properties = ring.path("properties");
        assertEquals(Double.parseDouble(site.get("lon")), properties.path("center").get(0).asDouble(), 1e-9);
        assertEquals(Double.parseDouble(site.get("lat")), properties.path("center").get(1).asDouble(), 1e-9);
        assertEquals(site.get("name"), properties.path("centerName").asString());
        assertEquals(Double.parseDouble(csv.getFirst().get("radius_km")), properties.path("radiusKm").asDouble(), 1e-9);
        assertEquals(csv.getFirst().get("quote"), properties.path("quote").asString());
        assertEquals(csv.getFirst().get("by"), properties.path("by").asString());
    }

    @Test
    void datasetSummarisesTheClaimsAndCounts() throws Exception {
        JsonNode dataset = getJson("/api/dataset", 200);
        Map<String, String> attacks = DatasetFiles.rows(MAP.resolve("claims.csv")).stream()
                .filter(row -> row.get("subject").equals("dataset") && row.get("kind").equals("attacks")).findFirst().orElseThrow();
        int atLeast = Integer.parseInt(attacks.get("min"));
        long located = strikeRows().stream().filter(row -> row.get("status").equals("reported")).count();
        assertEquals("North Korean missiles in Russia's strikes on Ukraine", dataset.path("title").asString());
        assertTrue(dataset.path("subtitle").asString().startsWith("At least " + atLeast + " attacks"), dataset.path("subtitle").asString());
        assertEquals(atLeast, dataset.path("attacksReportedAtLeast").asInt());
        assertEquals(located, dataset.path("locatedAttacks").asInt());
        assertEquals(Math.max(0, atLeast - located), dataset.path("unlocatedAttacks").asInt());
        assertEquals(DatasetFiles.rows(MAP.resolve("sources.csv")).size(), dataset.path("sources").size());
        dataset.path("claims").forEach(claim -> assertTrue(claim.has("value") ^ (claim.has("min") || claim.has("max"))));
        var window = DatasetFiles.rows(MAP.resolve("claims.csv")).stream()
                .filter(row -> row.get("subject").equals("dataset") && row.get("kind").equals("date")
                        && row.get("by").equals(attacks.get("by")) && row.get("source").equals(attacks.get("source")))
                .findFirst().orElseThrow().get("value").split(" to ");
        var claimed = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH);
        assertEquals(java.time.LocalDate.parse(window[0], claimed).toString(), dataset.path("periodFrom").asString());
        assertEquals(java.time.LocalDate.parse(window[1], claimed).toString(), dataset.path("periodTo").asString());
    }

    @Test
    void otherLayersAndCompression() throws Exception {
        assertEquals(DatasetFiles.rows(MAP.resolve("places.csv")).size(), getJson("/api/places", 200).path("features").size());
        assertTrue(getJson("/api/countries", 200).path("features").size() > 0);
        assertEquals("RU.VR", getJson("/api/launch-areas", 200).path("features").get(0).path("properties").path("id").asString());
        HttpResponse<byte[]> gzipped = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/regions"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""));
    }
}
