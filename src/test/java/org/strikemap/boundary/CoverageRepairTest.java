package org.strikemap.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.strikemap.geo.GeoJson;

/** Checks that two units whose shared border was digitised twice come out as a clean coverage. */
class CoverageRepairTest {

    private final WKTReader wkt = new WKTReader(GeoJson.WGS84);

    @Test
    void mismatchedSharedBorderBecomesOneBorder() throws ParseException {
        // The right square's left edge has an extra vertex just past the left square's edge: a tiny overlap.
        Geometry left = wkt.read("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))");
        Geometry right = wkt.read("POLYGON ((1 0, 2 0, 2 1, 1 1, 0.99999 0.5, 1 0))");
        Geometry[] input = {left, right};
        assertFalse(CoverageValidator.isValid(input), "the fixture must start out invalid");

        Geometry[] repaired = CoverageRepair.repair(input, new PrecisionModel(10_000));

        assertTrue(CoverageValidator.isValid(repaired));
        assertEquals(1.0, repaired[0].getArea(), 1e-9);
        assertEquals(1.0, repaired[1].getArea(), 1e-9);
    }

    @Test
    void sliverGapGoesToTheUnitBesideIt() throws ParseException {
        Geometry left = wkt.read("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))");
        Geometry right = wkt.read("POLYGON ((1 0, 2 0, 2 1, 1 1, 1.001 0.5, 1 0))");
        Geometry[] repaired = CoverageRepair.repair(new Geometry[] {left, right}, new PrecisionModel(10_000));

        assertTrue(CoverageValidator.isValid(repaired));
        assertEquals(2.0, repaired[0].getArea() + repaired[1].getArea(), 1e-9, "the gap must be filled");
    }
}
