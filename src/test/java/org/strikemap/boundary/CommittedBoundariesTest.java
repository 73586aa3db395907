package org.strikemap.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.strikemap.geo.GeoFeature;
import org.strikemap.geo.GeoJson;

/**
 * Checks the committed files in {@code data/boundaries/} themselves, as the map will load them.
 * Limits: points are city centres, so they only prove the coarse placement of each unit.
 */
class CommittedBoundariesTest {

    private static final Path DIR = Path.of("data/boundaries");

    private static List<GeoFeature> ukraine;
    private static List<GeoFeature> countries;
    private static List<GeoFeature> launchAreas;
    private static RegionTable table;

    @BeforeAll
    static void load() throws IOException {
        ukraine = read("regions.geojson");
        countries = read("countries.geojson");
        launchAreas = read("launch-areas.geojson");
        table = RegionTable.read(DIR.resolve("regions.csv"));
    }

    private static List<GeoFeature> read(String name) throws IOException {
        return GeoJson.readFeatures(Files.readString(DIR.resolve(name), StandardCharsets.UTF_8));
    }

    @Test
    void ukraineHasExactlyTheTwentySevenCodesOfTheTable() {
        assertEquals(27, ukraine.size());
        Set<String> codes = ukraine.stream().map(feature -> feature.text("code")).collect(Collectors.toSet());
        Set<String> tableCodes = table.regions().stream().map(RegionTable.Region::code).collect(Collectors.toSet());
        assertEquals(27, codes.size(), "codes must be distinct");
        assertEquals(new TreeSet<>(tableCodes), new TreeSet<>(codes));
        for (GeoFeature feature : ukraine) {
            RegionTable.Region row = table.forSourceName(feature.text("sourceName"));
            assertEquals(row.code(), feature.id());
            assertEquals(row.code(), feature.text("code"));
            assertEquals(row.name(), feature.text("name"));
            assertEquals(row.nameUk(), feature.text("nameUk"));
            assertEquals(Set.of("code", "name", "nameUk", "sourceName"), feature.properties().keySet());
        }
    }

    @Test
    void filesStayLightEnoughForTheBrowser() throws IOException {
        assertTrue(Files.size(DIR.resolve("regions.geojson")) < 150_000);
        assertTrue(Files.size(DIR.resolve("countries.geojson")) < 150_000);
        assertTrue(Files.size(DIR.resolve("launch-areas.geojson")) < 50_000);
    }

    @Test
    void ukraineUnitsFormAValidCoverage() {
        Geometry[] units = geometries(ukraine);
        Geometry[] invalidEdges = CoverageValidator.validate(units);
        for (int i = 0; i < units.length; i++) {
            assertTrue(units[i].isValid(), ukraine.get(i).id() + " is not a valid polygon");
            assertNull(invalidEdges[i], ukraine.get(i).id() + " has borders not shared with its neighbours");
        }
        Geometry outline = CoverageUnion.union(units);
        for (int i = 0; i < outline.getNumGeometries(); i++) {
            // The validator passes gaps between units; Ukraine has no enclaves, so any hole in the union is one.
            assertEquals(0, ((Polygon) outline.getGeometryN(i)).getNumInteriorRing(), "hole in Ukraine's outline");
        }
        for (int i = 0; i < units.length; i++) {
            for (int j = i + 1; j < units.length; j++) {
                double overlap = units[i].intersection(units[j]).getArea();
                assertTrue(overlap < 1e-9, ukraine.get(i).id() + " overlaps " + ukraine.get(j).id() + ": " + overlap);
            }
        }
    }

    @Test
    void noNeighbourOrLaunchAreaOverlapsUkraine() {
        Geometry outline = CoverageUnion.union(geometries(ukraine));
        for (GeoFeature feature : concat(countries, launchAreas)) {
            assertTrue(feature.geometry().isValid(), feature.text("name") + " is not valid");
            double overlap = feature.geometry().intersection(outline).getArea();
            assertTrue(overlap < 1e-6, feature.text("name") + " overlaps Ukraine by " + overlap + " deg²");
        }
    }

    @Test
    void neighboursIncludeTheCountriesAroundUkraine() {
        Set<String> names = countries.stream().map(feature -> feature.text("name")).collect(Collectors.toSet());
        for (String expected : List.of("Russia", "Belarus", "Poland", "Slovakia", "Hungary", "Romania", "Moldova",
                "Lithuania", "Latvia", "Georgia", "Turkey", "Bulgaria")) {
            assertTrue(names.contains(expected), "missing " + expected);
        }
        assertTrue(!names.contains("Ukraine"));
    }

    @Test
    void cityCentresFallInTheRightUnit() {
        assertEquals("UA-30", unitAt(50.4501, 30.5234), "Kyiv");
        assertEquals("UA-63", unitAt(49.9935, 36.2304), "Kharkiv");
        assertEquals("UA-43", unitAt(44.95, 34.10), "Simferopol");
        assertEquals("UA-35", unitAt(48.5079, 32.2623), "Kropyvnytskyi");
        assertEquals("UA-40", unitAt(44.6140, 33.6080), "Inkerman, inside Sevastopol city");
    }

    @Test
    void crimeaIsNotDrawnAsAnotherCountry() {
        Point simferopol = point(44.95, 34.10);
        for (GeoFeature country : countries) {
            assertTrue(!country.geometry().covers(simferopol), country.text("name") + " covers Simferopol");
        }
    }

    @Test
    void voronezhLiesInsideTheLaunchArea() {
        assertEquals(1, launchAreas.size());
        GeoFeature voronezh = launchAreas.get(0);
        assertEquals("RU.VR", voronezh.text("id"));
        assertEquals("Voronezh Oblast", voronezh.text("name"));
        assertEquals("Воронезька область", voronezh.text("nameUk"));
        assertTrue(voronezh.geometry().covers(point(51.6720, 39.1843)));
        assertTrue(!voronezh.geometry().covers(point(49.9935, 36.2304)), "Kharkiv is not in Voronezh Oblast");
    }

    private static String unitAt(double lat, double lon) {
        Point point = point(lat, lon);
        List<String> hits = ukraine.stream().filter(feature -> feature.geometry().covers(point))
                .map(GeoFeature::id).toList();
        assertEquals(1, hits.size(), "units covering " + lat + "," + lon + ": " + hits);
        return hits.get(0);
    }

    private static Point point(double lat, double lon) {
        return GeoJson.WGS84.createPoint(new Coordinate(lon, lat));
    }

    private static Geometry[] geometries(List<GeoFeature> features) {
        return features.stream().map(GeoFeature::geometry).toArray(Geometry[]::new);
    }

    private static List<GeoFeature> concat(List<GeoFeature> a, List<GeoFeature> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
