package org.strikemap.strike;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikemap.dataset.DatasetVersion;
import org.strikemap.ingest.TestDatabase;
import org.strikemap.source.Source;
import org.strikemap.source.SourceTestSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StrikeServiceTest {

    @TempDir
    Path temp;

    TestDatabase db;
    Path data;
    StrikeService strikes;

    @BeforeEach
    void setUp() {
        db = TestDatabase.create();
        data = TestDatabase.copyFixture(temp);
        db.load(data);
        strikes = new StrikeService(new StrikeRepository(db.jdbc()), SourceTestSupport.service(db.jdbc()),
                new DatasetVersion(db.jdbc()));
    }

    @Test
    void keepsFileOrderAndAttachesClaimsAndCitedSourcesInIdOrder() {
        assertEquals(List.of("kharkiv-day", "kyiv-month", "zaporizhzhia-late", "bucha-crater"),
                strikes.all().stream().map(Strike::id).toList());
        Strike kharkiv = strikes.find("kharkiv-day").orElseThrow();
        assertEquals(List.of("c-kharkiv-killed-002", "c-kharkiv-injured-001"), kharkiv.claims().stream().map(c -> c.id()).toList());
        // The row cites 002, its claims 002 and 001: each once, in id order.
        assertEquals(List.of("001", "002"), kharkiv.sources().stream().map(Source::id).toList());
        assertEquals(new org.strikemap.geo.GeoPoint(49.9935, 36.2304), kharkiv.point());
    }

    @Test
    void betweenKeepsOverlappingDates() {
        assertEquals(List.of("zaporizhzhia-late", "bucha-crater"),
                strikes.between(null, LocalDate.parse("2023-12-31")).stream().map(Strike::id).toList());
        assertEquals(List.of("kyiv-month", "bucha-crater"),
                strikes.between(LocalDate.parse("2024-01-03"), null).stream().map(Strike::id).toList());
        assertEquals(3, strikes.locatedAttackCount());
    }

    @Test
    void featureCollectionHasTheDocumentedProperties() {
        JsonNode feature = JsonMapper.builder().build().readTree(strikes.featureCollection(strikes.all())).path("features").get(3);
        JsonNode properties = feature.path("properties");
        assertEquals("bucha-crater", feature.path("id").asString());
        assertTrue(properties.has("dateTo") && properties.path("dateTo").isNull());
        assertEquals("unknown", properties.path("datePrecision").asString());
        assertEquals("under-investigation", properties.path("status").asString());
        assertEquals("Kyiv Oblast", properties.path("regionName").asString());
        assertEquals(30.212, feature.path("geometry").path("coordinates").get(0).asDouble(), 1e-9);
        JsonNode injured = JsonMapper.builder().build().readTree(strikes.featureCollection(strikes.all()))
                .path("features").get(0).path("properties").path("claims").get(1);
        assertEquals(61, injured.path("min").asInt());
        assertTrue(!injured.has("value") && !injured.has("max"), injured.toString());
    }

    @Test
    void aReloadIsSeenByTheCache() {
        assertEquals("Central Kharkiv", strikes.find("kharkiv-day").orElseThrow().place());
        TestDatabase.edit(data, "strikes.csv", "Central Kharkiv", "Kharkiv centre");
        db.load(data);
        assertEquals("Kharkiv centre", strikes.find("kharkiv-day").orElseThrow().place());
    }
}
