package org.strikemap.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.locationtech.jts.geom.Coordinate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikemap.geo.GeoPoint;
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
    void aPointLiesInTheRegionWhoseOutlineHoldsIt() {
        GeoPoint kharkiv = new GeoPoint(49.9935, 36.2304);
        assertEquals("UA-63", regions.at(kharkiv).orElseThrow().code());
        assertEquals("UA-30", regions.at(new GeoPoint(50.4501, 30.5234)).orElseThrow().code(), "Kyiv city, not its oblast");
        assertTrue(regions.holds("UA-63", kharkiv));
        assertFalse(regions.holds("UA-30", kharkiv));
        assertFalse(regions.holds("XX-1", kharkiv), "no such region");
    }

    @Test
    void aPointFarOutsideTheAreaLiesInNoRegion() {
        GeoPoint voronezh = new GeoPoint(51.6720, 39.1843);
        assertTrue(regions.at(voronezh).isEmpty());
        // Just beyond the area's northernmost point: the region there takes it within the tolerance, not beyond.
        Region north = regions.all().stream().max(Comparator.comparingDouble(
                region -> region.outline().getEnvelopeInternal().getMaxY())).orElseThrow();
        Coordinate top = Arrays.stream(north.outline().getCoordinates())
                .max(Comparator.comparingDouble(c -> c.y)).orElseThrow();
        assertEquals(north.code(), regions.at(new GeoPoint(top.y + Regions.TOLERANCE_DEGREES / 2, top.x)).orElseThrow().code());
        assertTrue(regions.holds(north.code(), new GeoPoint(top.y + Regions.TOLERANCE_DEGREES / 2, top.x)));
        assertTrue(regions.at(new GeoPoint(top.y + Regions.TOLERANCE_DEGREES * 2, top.x)).isEmpty());
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
