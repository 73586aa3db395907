package org.strikemap.boundary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.strikemap.geo.GeoFeature;

/**
 * Country outlines around Ukraine from Natural Earth admin-0 (world-atlas {@code countries-50m}), each with
 * Ukraine's units cut out, so Crimea and anything else Natural Earth draws differently is never shown as foreign.
 * Limits: countries are simplified one by one, so borders between two neighbours may differ by the tolerance;
 * everything is clipped to {@link #CLIP}, which cuts Russia with straight edges far from Ukraine.
 */
final class NeighbourCountries {

    /** A country belongs to the neighbourhood when it touches this lon/lat box (the brief's selection). */
    static final Envelope NEIGHBOURHOOD = new Envelope(20, 46, 41, 57);
    /** Wider box all outlines are clipped to, so Russia does not bring Siberia into the file. */
    static final Envelope CLIP = new Envelope(12, 60, 34, 62);
    /** world-atlas uses ISO 3166-1 numeric codes as feature ids; 804 is Ukraine, drawn from admin-1 instead. */
    static final String UKRAINE_NUMERIC = "804";
    /** Square degrees; pieces left by the subtraction along Ukraine's border are smaller than this. */
    static final double MIN_PIECE_AREA = 0.01;

    /** Degrees. Gaps up to twice this wide between a neighbour and Ukraine are closed. */
    static final double GAP_WIDTH = 0.03;
    /** A country's polygon lying at least this much inside Ukraine is Ukraine's land drawn as that country's. */
    static final double MOSTLY_INSIDE = 0.5;

    private NeighbourCountries() {
    }

    private static Geometry withoutPartsInside(Geometry land, Geometry ukraine, GeoFeature country) {
        List<Geometry> kept = new ArrayList<>();
        for (int i = 0; i < land.getNumGeometries(); i++) {
            Geometry part = land.getGeometryN(i);
            double inside = part.getEnvelopeInternal().intersects(ukraine.getEnvelopeInternal())
                    ? part.intersection(ukraine).getArea() : 0;
            if (inside >= MOSTLY_INSIDE * part.getArea()) {
                System.err.printf(Locale.ROOT, "countries: %s: dropped a part of %.2f deg² lying %.0f%% inside "
                        + "Ukraine%n", country.text("name"), part.getArea(), 100 * inside / part.getArea());
            } else {
                kept.add(part);
            }
        }
        return land.getFactory().buildGeometry(kept);
    }

    /**
     * @param countries world-atlas countries as GeoJSON features (id = ISO numeric, property {@code name})
     * @param ukraine   the union of Ukraine's simplified units, as written
     * @param namesUk   Ukrainian names by world-atlas name (data/boundaries/country-names.csv)
     */
    static List<GeoFeature> build(List<GeoFeature> countries, Geometry ukraine, double tolerance,
            PrecisionModel grid, Map<String, String> namesUk) {
        Geometry clipBox = ukraine.getFactory().toGeometry(CLIP);
        Geometry selectBox = ukraine.getFactory().toGeometry(NEIGHBOURHOOD);
        Geometry keepOut = Shapes.keepOutZone(ukraine, grid);
        List<GeoFeature> result = new ArrayList<>();
        for (GeoFeature country : countries) {
            if (UKRAINE_NUMERIC.equals(country.id())) {
                continue;
            }
            // Russia's outline is invalid as converted (rings cut at the antimeridian touch themselves).
            Geometry outline = GeometryFixer.fix(country.geometry());
            if (!outline.getEnvelopeInternal().intersects(NEIGHBOURHOOD) || !outline.intersects(selectBox)) {
                continue;
            }
            // Natural Earth draws Crimea as a separate Russian polygon: drop such parts whole, or their slightly
            // different coastline survives the cut below as strips along Crimea's shore.
            Geometry land = withoutPartsInside(Shapes.intersection(outline, clipBox, grid), ukraine, country);
            // Natural Earth's admin-0 and admin-1 borders differ by a few km, which would show as slivers of sea
            // between Ukraine and its neighbours: grow each neighbour up to Ukraine, then cut Ukraine out, so the
            // neighbour follows Ukraine's border (15 m off) and cannot overlap it.
            land = Shapes.simplify(land, tolerance);
            land = Shapes.closeGapsToward(land, ukraine, GAP_WIDTH);
            land = Shapes.difference(land, keepOut, grid);
            land = Shapes.dropSlivers(land, MIN_PIECE_AREA);
            if (land.isEmpty()) {
                continue;
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("name", country.text("name"));
            properties.put("nameUk", namesUk.get(country.text("name")));
            properties.put("iso", country.id());
            result.add(new GeoFeature(country.id(), land, properties));
        }
        result.sort(Comparator.comparing(feature -> feature.text("name")));
        return List.copyOf(result);
    }
}
