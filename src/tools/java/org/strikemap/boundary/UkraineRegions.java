package org.strikemap.boundary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.PrecisionModel;
import org.strikemap.geo.GeoFeature;

/**
 * Builds Ukraine's 27 first-level units from Natural Earth admin-1 ({@code ukr.json}) as one simplified coverage:
 * neighbours keep one shared border, with no gaps or overlaps. Limits: expects exactly the 27 names of
 * {@code regions.csv}; simplification is by vertex removal only, so it never adds detail the source lacks.
 */
final class UkraineRegions {

    static final int EXPECTED_UNITS = 27;

    private final List<GeoFeature> features;
    private final Geometry union;
    private final int invalidBeforeRepair;

    private UkraineRegions(List<GeoFeature> features, Geometry union, int invalidBeforeRepair) {
        this.features = features;
        this.union = union;
        this.invalidBeforeRepair = invalidBeforeRepair;
    }

    /**
     * Maps, cleans and simplifies the source features. {@code grid} fixes the written decimals already here, so that
     * writing the file rounds nothing and the coverage stays exactly as validated.
     */
    static UkraineRegions build(List<GeoFeature> source, RegionTable table, double tolerance, PrecisionModel grid) {
        if (source.size() != EXPECTED_UNITS || table.size() != EXPECTED_UNITS) {
            throw new IllegalArgumentException("expected " + EXPECTED_UNITS + " units, source has " + source.size()
                    + " and regions.csv " + table.size());
        }
        List<RegionTable.Region> regions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (GeoFeature feature : source) {
            RegionTable.Region region = table.forSourceName(feature.text("name"));
            if (!seen.add(region.code())) {
                throw new IllegalArgumentException("two source features map to " + region.code());
            }
            regions.add(region);
        }
        Geometry[] raw = source.stream().map(GeoFeature::geometry).toArray(Geometry[]::new);
        int invalid = countInvalid(CoverageValidator.validate(raw));
        Geometry[] clean = CoverageRepair.repair(raw, grid);
        requireValidCoverage(clean, "after repair");
        Geometry[] simplified = CoverageSimplifier.simplify(clean, tolerance);
        requireValidCoverage(simplified, "after simplification");

        List<GeoFeature> features = new ArrayList<>();
        for (int i = 0; i < simplified.length; i++) {
            RegionTable.Region region = regions.get(i);
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("code", region.code());
            properties.put("name", region.name());
            properties.put("nameUk", region.nameUk());
            properties.put("sourceName", region.sourceName());
            features.add(new GeoFeature(region.code(), simplified[i], properties));
        }
        features.sort((a, b) -> a.id().compareTo(b.id()));
        return new UkraineRegions(List.copyOf(features), CoverageUnion.union(simplified), invalid);
    }

    static void requireValidCoverage(Geometry[] coverage, String stage) {
        int invalid = countInvalid(CoverageValidator.validate(coverage));
        for (Geometry geometry : coverage) {
            if (!geometry.isValid() || geometry.isEmpty()) {
                invalid++;
            }
        }
        if (invalid > 0) {
            throw new IllegalStateException("Ukraine's units are not a valid coverage " + stage + ": " + invalid
                    + " polygons with invalid edges");
        }
    }

    private static int countInvalid(Geometry[] invalidEdges) {
        int count = 0;
        for (Geometry edges : invalidEdges) {
            if (edges != null) {
                count++;
            }
        }
        return count;
    }

    /** One feature per unit, sorted by code; id and {@code code} are the ISO 3166-2 code. */
    List<GeoFeature> features() {
        return features;
    }

    /** The outline of the simplified units: what neighbours and launch areas must not overlap. */
    Geometry union() {
        return union;
    }

    /** How many source units CoverageValidator flagged before cleaning, for the log. */
    int invalidBeforeRepair() {
        return invalidBeforeRepair;
    }
}
