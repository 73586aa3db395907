package org.strikemap.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageGapFinder;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.strikemap.geo.GeoFeature;
import org.strikemap.geo.GeoJson;

/**
 * Checks the committed library in {@code data/boundaries/} itself, as maps will load it: per country with admin-1
 * units, its table and its coverage; the world's countries; the launch areas. Limits: points are city centres, so
 * they only prove the coarse placement of each unit.
 */
class CommittedBoundariesTest {

    private static final Path DIR = Path.of("data/boundaries");

    /** Per alpha-2 code, the table and the units of each country in regions/. */
    private static final Map<String, RegionTable> tables = new TreeMap<>();
    private static final Map<String, List<GeoFeature>> units = new TreeMap<>();
    private static List<GeoFeature> countries;
    private static List<GeoFeature> launchAreas;

    @BeforeAll
    static void load() throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(DIR.resolve("regions"))) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.endsWith(".csv")) {
                    RegionTable table = RegionTable.read(file);
                    tables.put(table.country(), table);
                } else {
                    assertTrue(name.matches("[A-Z]{2}\\.geojson"), "unexpected file regions/" + name);
                    units.put(name.substring(0, 2), read("regions/" + name));
                }
            }
        }
        countries = read("countries.geojson");
        launchAreas = read("launch-areas.geojson");
    }

    private static List<GeoFeature> read(String name) throws IOException {
        return GeoJson.readFeatures(Files.readString(DIR.resolve(name), StandardCharsets.UTF_8));
    }

    @Test
    void everyTableHasItsUnitsAndEveryUnitFileItsTable() {
        assertEquals(tables.keySet(), units.keySet());
        assertTrue(units.keySet().containsAll(List.of("UA", "PL")), "countries with units: " + units.keySet());
        assertEquals(27, units.get("UA").size());
        assertEquals(16, units.get("PL").size());
    }

    @Test
    void unitsCarryTheirTablesCodesAndNamesInEveryLanguageOfIt() {
        units.forEach((country, features) -> {
            RegionTable table = tables.get(country);
            assertEquals(table.size(), features.size(), country);
            Set<String> codes = new HashSet<>();
            for (GeoFeature feature : features) {
                RegionTable.Region row = table.forSourceName(feature.text("sourceName"));
                assertTrue(codes.add(feature.id()), "code " + feature.id() + " twice in " + country);
                assertTrue(feature.id().startsWith(country + "-"), feature.id() + " is not a code of " + country);
                assertEquals(row.code(), feature.id());
                assertEquals(row.code(), feature.text("code"));
                assertEquals(row.name(), feature.text("name"));
                Set<String> keys = new LinkedHashSet<>(List.of("code", "name"));
                for (String tag : table.languageTags()) {
                    keys.add("name_" + tag);
                    assertEquals(row.namesByTag().get(tag), feature.text("name_" + tag), feature.id() + " " + tag);
                    assertFalse(feature.text("name_" + tag).isBlank());
                }
                keys.add("sourceName");
                assertEquals(List.copyOf(keys), List.copyOf(feature.properties().keySet()), feature.id());
            }
        });
    }

    @Test
    void filesStayLightEnoughForTheBrowser() throws IOException {
        for (String country : units.keySet()) {
            assertTrue(Files.size(DIR.resolve("regions/" + country + ".geojson")) < 150_000, country);
        }
        assertTrue(Files.size(DIR.resolve("countries.geojson")) < 1_500_000, "aim well under 2 MB");
        assertTrue(Files.size(DIR.resolve("launch-areas.geojson")) < 50_000);
    }

    @Test
    void eachCountrysUnitsAndAllUnitsTogetherFormAValidCoverage() {
        List<GeoFeature> all = new ArrayList<>();
        units.forEach((country, features) -> {
            assertValidCoverage(features);
            all.addAll(features);
            Geometry outline = CoverageUnion.union(geometries(features));
            for (int i = 0; i < outline.getNumGeometries(); i++) {
                Polygon part = (Polygon) outline.getGeometryN(i);
                for (int h = 0; h < part.getNumInteriorRing(); h++) {
                    // The validator passes gaps between units; a hole in the outline is only right for an enclave.
                    Point inside = part.getFactory().createPolygon(part.getInteriorRingN(h)).getInteriorPoint();
                    assertTrue(countries.stream().anyMatch(other -> !country.equals(other.text("alpha2"))
                            && other.geometry().covers(inside)), "hole in " + country + "'s outline at " + inside);
                }
            }
        });
        // Units of neighbouring countries share their border too, so a map of two countries shows no seam.
        assertValidCoverage(all);
        Geometry gaps = CoverageGapFinder.findGaps(geometries(all), 0.01);
        assertTrue(gaps.isEmpty(), "gaps between units: " + gaps);
    }

    private static void assertValidCoverage(List<GeoFeature> features) {
        Geometry[] geometries = geometries(features);
        Geometry[] invalidEdges = CoverageValidator.validate(geometries);
        for (int i = 0; i < geometries.length; i++) {
            assertTrue(geometries[i].isValid(), features.get(i).id() + " is not a valid polygon");
            assertNull(invalidEdges[i], features.get(i).id() + " has borders not shared with its neighbours");
            for (int j = i + 1; j < geometries.length; j++) {
                double overlap = geometries[i].intersection(geometries[j]).getArea();
                assertTrue(overlap < 1e-9, features.get(i).id() + " overlaps " + features.get(j).id() + ": " + overlap);
            }
        }
    }

    @Test
    void countriesHaveUniqueCodesAndExactlyTheAgreedProperties() {
        Set<String> codes = new HashSet<>();
        for (GeoFeature country : countries) {
            String alpha2 = country.text("alpha2");
            assertTrue(country.geometry().isValid() && !country.geometry().isEmpty(), country.text("name"));
            assertEquals(alpha2, country.id(), "a country's id is its alpha-2 code");
            assertTrue(alpha2 == null || (alpha2.matches("[A-Z]{2}") && codes.add(alpha2)), "alpha2 " + alpha2);
            assertTrue(country.text("iso") == null || country.text("iso").matches("\\d{3}"), country.text("iso"));
            List<String> keys = List.copyOf(country.properties().keySet());
            assertEquals("name", keys.get(0));
            assertEquals(List.of("alpha2", "iso"), keys.subList(keys.size() - 2, keys.size()), alpha2);
            keys.subList(1, keys.size() - 2).forEach(key -> assertTrue(key.matches("name_[a-z]{2,3}"), key));
        }
        assertEquals("804", country("UA").text("iso"));
        assertEquals("616", country("PL").text("iso"));
        assertEquals("643", country("RU").text("iso"));
        assertNull(country("XK").text("iso"), "Kosovo has no ISO numeric code; XK is user-assigned");
        // The whole world is there, for maps with no area or far from Europe.
        for (String expected : List.of("RU", "BY", "SK", "HU", "RO", "MD", "LT", "LV", "DE", "CZ", "GE", "TR", "BG",
                "US", "BR", "AU", "JP", "ZA", "AQ")) {
            assertTrue(codes.contains(expected), "missing " + expected);
        }
    }

    @Test
    void countriesFormOneCoverageWithoutPocketsOfSeaAlongTheUnits() {
        Geometry[] outlines = geometries(countries);
        // Borders are shared, so two countries never overlap and no sea shows between them.
        Geometry[] invalidEdges = CoverageValidator.validate(outlines);
        for (int i = 0; i < outlines.length; i++) {
            assertNull(invalidEdges[i], countries.get(i).text("name") + " does not share its borders");
        }
        Geometry allUnits = CoverageUnion.union(geometries(units.values().stream().flatMap(List::stream).toList()));
        for (GeoFeature country : countries) {
            for (int i = 0; i < country.geometry().getNumGeometries(); i++) {
                Polygon part = (Polygon) country.geometry().getGeometryN(i);
                for (int h = 0; h < part.getNumInteriorRing(); h++) {
                    Polygon hole = part.getFactory().createPolygon(part.getInteriorRingN(h));
                    assertTrue(hole.getArea() >= 0.01 || hole.distance(allUnits) > 0.06,
                            country.text("name") + " has a pocket of sea beside the units at " + hole.getInteriorPoint());
                }
            }
        }
    }

    @Test
    void countryNamesAreThoseOfTheTable() throws IOException {
        CsvTable table = CsvTable.read(DIR.resolve("country-names.csv"), List.of("alpha2", "name"));
        assertTrue(table.languageTags().containsAll(List.of("uk", "pl")));
        int checked = 0;
        for (CsvTable.Row row : table.rows()) {
            GeoFeature country = country(row.get("alpha2"));
            assertEquals(row.get("name"), country.text("name"));
            for (String tag : table.languageTags()) {
                assertEquals(row.get("name_" + tag), country.text("name_" + tag), row.get("alpha2") + " " + tag);
            }
            checked++;
        }
        assertTrue(checked >= 40, "names for the countries around Ukraine and Poland");
        assertEquals("North Macedonia", country("MK").text("name"));
        assertEquals("Польща", country("PL").text("name_uk"));
        assertEquals("Ukraina", country("UA").text("name_pl"));
    }

    @Test
    void aCountryWithUnitsIsDrawnAsTheirUnionAndNoOtherCountryOverlapsThem() {
        units.forEach((country, features) -> {
            Geometry outline = CoverageUnion.union(geometries(features));
            Geometry drawn = country(country).geometry();
            assertTrue(drawn.symDifference(outline).getArea() < 1e-9, country + " differs from its units' union");
            for (GeoFeature other : Stream.concat(countries.stream(), launchAreas.stream()).toList()) {
                if (other == country(country)) {
                    continue;
                }
                double overlap = other.geometry().intersection(outline).getArea();
                assertTrue(overlap < 1e-6, other.text("name") + " overlaps " + country + " by " + overlap + " deg²");
            }
        });
    }

    @Test
    void cityCentresFallInTheRightUnit() {
        assertEquals("UA-30", unitAt(50.4501, 30.5234), "Kyiv");
        assertEquals("UA-63", unitAt(49.9935, 36.2304), "Kharkiv");
        assertEquals("UA-43", unitAt(44.95, 34.10), "Simferopol");
        assertEquals("UA-35", unitAt(48.5079, 32.2623), "Kropyvnytskyi");
        assertEquals("UA-40", unitAt(44.6140, 33.6080), "Inkerman, inside Sevastopol city");
        assertEquals("PL-14", unitAt(52.2297, 21.0122), "Warsaw");
        assertEquals("PL-12", unitAt(50.0647, 19.9450), "Kraków");
        assertEquals("PL-06", unitAt(51.2465, 22.5684), "Lublin");
        assertEquals("PL-18", unitAt(50.0412, 21.9991), "Rzeszów");
        assertEquals("PL-20", unitAt(53.1325, 23.1688), "Białystok");
        assertEquals("PL-22", unitAt(54.3520, 18.6466), "Gdańsk");
        assertEquals("PL-02", unitAt(51.1079, 17.0385), "Wrocław");
        assertEquals("PL-10", unitAt(51.7592, 19.4560), "Łódź");
        assertEquals("PL-24", unitAt(50.2649, 19.0238), "Katowice");
        assertEquals("PL-26", unitAt(50.8661, 20.6286), "Kielce");
        assertEquals("PL-28", unitAt(53.7784, 20.4801), "Olsztyn");
        assertEquals("PL-30", unitAt(52.4064, 16.9252), "Poznań");
        assertEquals("PL-32", unitAt(53.4285, 14.5528), "Szczecin");
        assertEquals("PL-16", unitAt(50.6751, 17.9213), "Opole");
        assertEquals("PL-08", unitAt(51.9356, 15.5062), "Zielona Góra");
        assertEquals("PL-04", unitAt(53.1235, 18.0084), "Bydgoszcz");
    }

    @Test
    void crimeaIsDrawnAsUkraineOnly() {
        Point simferopol = point(44.95, 34.10);
        assertEquals(List.of("UA"), countries.stream().filter(country -> country.geometry().covers(simferopol))
                .map(GeoFeature::id).toList());
    }

    @Test
    void voronezhLiesInsideTheLaunchArea() {
        assertEquals(1, launchAreas.size());
        GeoFeature voronezh = launchAreas.get(0);
        assertEquals("RU.VR", voronezh.id());
        assertEquals(Map.of("id", "RU.VR", "name", "Voronezh Oblast", "name_uk", "Воронезька область"),
                voronezh.properties());
        assertTrue(voronezh.geometry().covers(point(51.6720, 39.1843)));
        assertTrue(!voronezh.geometry().covers(point(49.9935, 36.2304)), "Kharkiv is not in Voronezh Oblast");
    }

    private static GeoFeature country(String alpha2) {
        return countries.stream().filter(country -> alpha2.equals(country.text("alpha2"))).findFirst()
                .orElseThrow(() -> new AssertionError("no country " + alpha2));
    }

    private static String unitAt(double lat, double lon) {
        Point point = point(lat, lon);
        List<String> hits = units.values().stream().flatMap(List::stream)
                .filter(feature -> feature.geometry().covers(point)).map(GeoFeature::id).toList();
        assertEquals(1, hits.size(), "units covering " + lat + "," + lon + ": " + hits);
        return hits.get(0);
    }

    private static Point point(double lat, double lon) {
        return GeoJson.WGS84.createPoint(new Coordinate(lon, lat));
    }

    private static Geometry[] geometries(List<GeoFeature> features) {
        return features.stream().map(GeoFeature::geometry).toArray(Geometry[]::new);
    }
}
