package org.strikemap.boundary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.strikemap.geo.GeoFeature;

/**
 * The world's country outlines from Natural Earth admin-0 (world-atlas {@code countries-50m}), one feature per
 * alpha-2 code. A country with admin-1 units in the library is drawn as the union of its units instead, and those
 * units are cut out of every other country, so that Crimea (which Natural Earth's admin-0 gives to Russia) and any
 * other difference between the two datasets is never drawn as foreign. All countries are cleaned and simplified as
 * one coverage, so neighbours share their borders. Limits: a gap beside the units that two countries could grow
 * into goes to the first in world-atlas order; islands smaller than the 4-decimal grid vanish.
 */
final class CountryOutlines {

    /** Square degrees; pieces left by the subtraction along the units' border are smaller than this. */
    static final double MIN_PIECE_AREA = 0.01;
    /** Degrees. Gaps up to twice this wide between a country and the units are closed. */
    static final double GAP_WIDTH = 0.03;
    /** A country's polygon lying at least this much inside the units is their land drawn as that country's. */
    static final double MOSTLY_INSIDE = 0.5;
    /** Degrees around the units within which countries keep the finer tolerance; maps are drawn there. */
    static final double DETAIL_MARGIN = 10;

    /** One world-atlas feature after processing; a country may have several (Australia and its reefs, say). */
    private record Part(String alpha2, String iso, String sourceName, Geometry land) {
    }

    private CountryOutlines() {
    }

    /**
     * @param countries world-atlas countries as GeoJSON features (id = ISO numeric, property {@code name})
     * @param outlines  per alpha-2 code, the union of that country's units as written in {@code regions/}
     * @param tolerance CoverageSimplifier tolerance for countries within {@link #DETAIL_MARGIN} of the units
     * @param farTolerance the coarser one for the rest of the world, which keeps the file small
     */
    static List<GeoFeature> build(List<GeoFeature> countries, CountryCodes codes, CountryNames names,
            Map<String, Geometry> outlines, double tolerance, double farTolerance, PrecisionModel grid) {
        Geometry units = GeometryFixer.fix(Shapes.union(outlines.values(), grid));
        Geometry keepOut = Shapes.keepOutZone(units, grid);
        Envelope near = new Envelope(units.getEnvelopeInternal());
        near.expandBy(4 * GAP_WIDTH);
        Geometry[] simplified = simplifiedCoverage(countries, units.getEnvelopeInternal(), tolerance, farTolerance,
                grid);
        // Natural Earth draws Crimea as a separate Russian polygon: drop such parts whole, or their slightly different
        // coastline survives the cut below as strips along Crimea's shore.
        Geometry nearBox = units.getFactory().toGeometry(near);
        List<Geometry> nearLand = new ArrayList<>();
        for (int i = 0; i < simplified.length; i++) {
            boolean hasUnits = outlines.containsKey(Objects.toString(codes.alpha2(countries.get(i)), ""));
            if (!hasUnits && simplified[i].getEnvelopeInternal().intersects(near)) {
                simplified[i] = withoutPartsInside(simplified[i], units, countries.get(i));
                nearLand.add(Shapes.intersection(simplified[i], nearBox, grid));
            }
        }
        Geometry claimed = Shapes.union(nearLand, grid);
        Map<String, List<Part>> byAlpha2 = new TreeMap<>();
        List<Part> withoutCode = new ArrayList<>();
        for (int i = 0; i < simplified.length; i++) {
            GeoFeature country = countries.get(i);
            String alpha2 = codes.alpha2(country);
            Geometry land = simplified[i];
            if (alpha2 != null && outlines.containsKey(alpha2)) {
                if (byAlpha2.containsKey(alpha2)) {
                    continue;
                }
                land = outlines.get(alpha2);
            } else if (land.getEnvelopeInternal().intersects(near)) {
                // Natural Earth's admin-0 and admin-1 borders differ by a few km, which would show as slivers of
                // sea: grow the country up to the units, then cut them out, so it follows their border (15 m off).
                // Where two countries grow into the same gap (by a tri-point), the one first in the file takes it.
                Geometry grown = Shapes.fillSmallHolesNear(Shapes.closeGapsToward(land, units, GAP_WIDTH),
                        MIN_PIECE_AREA, units, 2 * GAP_WIDTH);
                Geometry fill = Shapes.difference(grown, claimed, grid);
                claimed = Shapes.union(List.of(claimed, fill), grid);
                land = Shapes.union(List.of(land, fill), grid);
                land = Shapes.difference(land, keepOut, grid);
                land = Shapes.dropSliversNear(land, MIN_PIECE_AREA, units, 2 * GAP_WIDTH);
            }
            if (land.isEmpty()) {
                System.err.printf(Locale.ROOT, "countries: %s: nothing left on the grid%n", country.text("name"));
                continue;
            }
            Part part = new Part(alpha2, country.id(), country.text("name"), Shapes.polygonal(land));
            if (alpha2 == null) {
                withoutCode.add(part);
            } else {
                byAlpha2.computeIfAbsent(alpha2, key -> new ArrayList<>()).add(part);
            }
        }
        for (String alpha2 : outlines.keySet()) {
            if (!byAlpha2.containsKey(alpha2)) {
                throw new IllegalArgumentException("world-atlas has no country with alpha-2 code " + alpha2);
            }
        }
        List<GeoFeature> result = new ArrayList<>();
        byAlpha2.forEach((alpha2, parts) -> result.add(feature(parts, names, grid)));
        withoutCode.forEach(part -> result.add(feature(List.of(part), names, grid)));
        result.sort(Comparator.comparing((GeoFeature feature) -> feature.id() == null)
                .thenComparing(feature -> Objects.toString(feature.id(), ""))
                .thenComparing(feature -> feature.text("name")));
        return List.copyOf(result);
    }

    /**
     * All countries cleaned and simplified as one coverage: world-atlas is TopoJSON, so neighbours share their
     * borders, and doing so keeps them shared (no slivers of sea between two countries).
     */
    private static Geometry[] simplifiedCoverage(List<GeoFeature> countries, Envelope units, double tolerance,
            double farTolerance, PrecisionModel grid) {
        // Russia's and Fiji's outlines are invalid as converted (rings cut at the antimeridian touch themselves).
        Geometry[] source = countries.stream().map(country -> GeometryFixer.fix(country.geometry()))
                .toArray(Geometry[]::new);
        Envelope detail = new Envelope(units);
        detail.expandBy(DETAIL_MARGIN);
        double[] tolerances = new double[source.length];
        for (int i = 0; i < source.length; i++) {
            tolerances[i] = source[i].getEnvelopeInternal().intersects(detail) ? tolerance : farTolerance;
        }
        return CoverageSimplifier.simplify(CoverageRepair.repair(source, grid), tolerances);
    }

    /** One country: its parts' union, named after the largest part unless country-names.csv says otherwise. */
    private static GeoFeature feature(List<Part> parts, CountryNames names, PrecisionModel grid) {
        Part largest = parts.stream().max(Comparator.comparingDouble(part -> part.land().getArea())).orElseThrow();
        Geometry land = parts.size() == 1 ? largest.land()
                : Shapes.union(parts.stream().map(Part::land).toList(), grid);
        if (parts.size() > 1) {
            System.err.printf(Locale.ROOT, "countries: %s: merged %s%n", largest.alpha2(),
                    parts.stream().map(Part::sourceName).toList());
        }
        CountryNames.Names known = names.forAlpha2(largest.alpha2());
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", known.name().isEmpty() ? largest.sourceName() : known.name());
        known.namesByTag().forEach((tag, name) -> properties.put(CsvTable.NAME_PREFIX + tag, name));
        properties.put("alpha2", largest.alpha2());
        properties.put("iso", largest.iso());
        return new GeoFeature(largest.alpha2(), land, properties);
    }

    private static Geometry withoutPartsInside(Geometry land, Geometry units, GeoFeature country) {
        List<Geometry> kept = new ArrayList<>();
        for (int i = 0; i < land.getNumGeometries(); i++) {
            Geometry part = land.getGeometryN(i);
            double inside = part.getEnvelopeInternal().intersects(units.getEnvelopeInternal())
                    ? part.intersection(units).getArea() : 0;
            if (inside >= MOSTLY_INSIDE * part.getArea()) {
                System.err.printf(Locale.ROOT, "countries: %s: dropped a part of %.2f deg² lying %.0f%% inside "
                        + "the admin-1 units%n", country.text("name"), part.getArea(), 100 * inside / part.getArea());
            } else {
                kept.add(part);
            }
        }
        return land.getFactory().buildGeometry(kept);
    }
}
