package org.strikemap.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikemap.ingest.TestDatabase;
import org.strikemap.source.SourceTestSupport;
import org.strikemap.strike.StrikeTestSupport;
import org.strikemap.strike.Strikes;

class RegionServiceTest {

    @TempDir
    Path temp;

    Regions regions;
    Strikes strikes;

    @BeforeEach
    void setUp() {
        TestDatabase db = TestDatabase.create();
        db.load(TestDatabase.copyFixture(temp));
        regions = db.read("data").regions();
        strikes = db.read("data").strikes();
    }

    @Test
    void countsOnlyTheReportedStrikesItIsGiven() {
        Map<String, Integer> all = regions.attackCounts(strikes.all());
        assertEquals(27, all.size());
        assertEquals(1, all.get("UA-63"));
        assertEquals(1, all.get("UA-30"));
        assertEquals(1, all.get("UA-23"));
        assertEquals(0, all.get("UA-32"), "the Bucha crater is under investigation, not a reported attack");
        Map<String, Integer> kyivOnly = regions.attackCounts(strikes.all().stream()
                .filter(strike -> strike.id().equals("kyiv-month")).toList());
        assertEquals(0, kyivOnly.get("UA-63"));
        assertEquals(1, kyivOnly.get("UA-30"));
    }

    @Test
    void regionsKeepTheirNamesAndOutlines() {
        assertEquals("Київ", regions.find("UA-30").orElseThrow().name().in("uk"));
        assertEquals("Kyiv (city)", regions.nameOf("UA-30", "pl"), "a language the data does not give falls back");
        assertEquals("Polygon", regions.find("UA-30").orElseThrow().outline().getGeometryType());
        assertTrue(regions.find("UA-99").isEmpty());
        assertEquals("UA-99", regions.nameOf("UA-99", "en"));
    }
}
