package org.strikemap.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.strikemap.geo.GeoFeature;
import org.strikemap.geo.GeoJson;

/**
 * Checks that units whose shared border was digitised twice come out as a clean coverage, within one country and
 * across the border of two listed countries.
 */
class CoverageRepairTest {

    private final WKTReader wkt = new WKTReader(GeoJson.WGS84);

    @TempDir
    Path dir;

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

    @Test
    void twoCountriesThatOverlapAtTheirBorderBecomeOneCoverageAndTheFirstListedKeepsTheOverlap()
            throws ParseException, IOException {
        // AA's eastern unit and BB's unit overlap by a strip 0.0005 wide: the same border digitised twice.
        GeoFeature west = unit("AA West", "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))");
        GeoFeature east = unit("AA East", "POLYGON ((1 0, 2 0, 2 1, 1 1, 1 0))");
        GeoFeature other = unit("BB Only", "POLYGON ((1.9995 0, 3 0, 3 1, 1.9995 1, 1.9995 0))");
        RegionCoverage coverage = RegionCoverage.build(List.of(
                new RegionCoverage.Source(List.of(east, west), table("AA", "AA West,AA-W,West", "AA East,AA-E,East")),
                new RegionCoverage.Source(List.of(other), table("BB", "BB Only,BB-1,Only"))),
                0.015, new PrecisionModel(10_000));

        Map<String, List<GeoFeature>> byCountry = coverage.featuresByCountry();
        assertEquals(List.of("AA-E", "AA-W"), byCountry.get("AA").stream().map(GeoFeature::id).toList(),
                "sorted by code");
        assertEquals(1.0, byCountry.get("AA").get(0).geometry().getArea(), 1e-9, "AA, listed first, keeps the strip");
        assertEquals(1.0, byCountry.get("BB").get(0).geometry().getArea(), 1e-9);
        Geometry[] all = {byCountry.get("AA").get(0).geometry(), byCountry.get("AA").get(1).geometry(),
                byCountry.get("BB").get(0).geometry()};
        assertTrue(CoverageValidator.isValid(all), "one coverage across the two countries");
        assertEquals(2.0, coverage.outlineByCountry().get("AA").getArea(), 1e-9);
        assertEquals(Map.of("code", "AA-E", "name", "East", "sourceName", "AA East"),
                byCountry.get("AA").get(0).properties());
    }

    @Test
    void aSourceUnitWithoutARowOrARowWithoutAUnitStopsTheBuild() throws ParseException, IOException {
        GeoFeature west = unit("AA West", "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))");
        RegionTable two = table("AA", "AA West,AA-W,West", "AA East,AA-E,East");
        RegionTable other = table("AA", "AA North,AA-N,North");
        PrecisionModel grid = new PrecisionModel(10_000);
        assertThrows(IllegalArgumentException.class,
                () -> RegionCoverage.build(List.of(new RegionCoverage.Source(List.of(west), two)), 0.015, grid));
        assertThrows(IllegalArgumentException.class,
                () -> RegionCoverage.build(List.of(new RegionCoverage.Source(List.of(west), other)), 0.015, grid));
    }

    private GeoFeature unit(String sourceName, String polygon) throws ParseException {
        return new GeoFeature(null, wkt.read(polygon), Map.of("name", sourceName));
    }

    private RegionTable table(String country, String... rows) throws IOException {
        Path csv = dir.resolve(country + ".csv");
        Files.writeString(csv, "source_name,code,name\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        return RegionTable.read(csv);
    }
}
