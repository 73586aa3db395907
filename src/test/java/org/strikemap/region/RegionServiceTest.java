package org.strikemap.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikemap.dataset.DatasetVersion;
import org.strikemap.ingest.TestDatabase;
import org.strikemap.strike.StrikeTestSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RegionServiceTest {

    @TempDir
    Path temp;

    RegionService regions;

    @BeforeEach
    void setUp() {
        TestDatabase db = TestDatabase.create();
        db.load(TestDatabase.copyFixture(temp));
        regions = new RegionService(new RegionRepository(db.jdbc()), StrikeTestSupport.service(db.jdbc()),
                new DatasetVersion(db.jdbc()));
    }

    @Test
    void countsOnlyReportedStrikesWhoseDatesMeetTheWindow() {
        Map<String, Integer> all = regions.strikeCounts(null, null);
        assertEquals(27, all.size());
        assertEquals(1, all.get("UA-63"));
        assertEquals(1, all.get("UA-30"));
        assertEquals(1, all.get("UA-23"));
        assertEquals(0, all.get("UA-32"), "the Bucha crater is under investigation, not a reported attack");
        Map<String, Integer> january = regions.strikeCounts(LocalDate.parse("2024-01-03"), LocalDate.parse("2024-01-31"));
        assertEquals(0, january.get("UA-63"));
        assertEquals(1, january.get("UA-30"));
    }

    @Test
    void featureCollectionIsValidGeoJsonWithCounts() {
        JsonNode collection = JsonMapper.builder().build().readTree(regions.featureCollection(null, LocalDate.parse("2023-12-31")));
        assertEquals(27, collection.path("features").size());
        int total = 0;
        for (JsonNode feature : collection.path("features")) {
            assertEquals("Polygon", feature.path("geometry").path("type").asString());
            assertEquals(feature.path("id").asString(), feature.path("properties").path("code").asString());
            total += feature.path("properties").path("strikeCount").asInt();
        }
        assertEquals(1, total, "only the late-December Zaporizhzhia strike");
        assertEquals("Київ", regions.find("UA-30").orElseThrow().nameUk());
        assertTrue(regions.find("UA-99").isEmpty());
    }
}
