package org.strikemap.boundary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.PrecisionModel;
import org.strikemap.geo.GeoFeature;

/**
 * Launch regions named in reports, drawn as areas: for now only Voronezh Oblast from Natural Earth admin-1
 * ({@code rus.json}). Limits: one hard-wired region; add rows here when reports name others.
 */
final class LaunchAreas {

    /** Natural Earth's HASC code and name for the feature; both must match, as HASC codes are reused elsewhere. */
    static final String VORONEZH_HASC = "RU.VR";
    static final String VORONEZH_SOURCE_NAME = "Voronezh";

    private LaunchAreas() {
    }

    static List<GeoFeature> build(List<GeoFeature> russianRegions, Geometry ukraine, double tolerance,
            PrecisionModel grid) {
        List<GeoFeature> matches = russianRegions.stream()
                .filter(feature -> VORONEZH_SOURCE_NAME.equals(feature.text("name")))
                .toList();
        if (matches.size() != 1 || !VORONEZH_HASC.equals(matches.get(0).text("code_hasc"))) {
            throw new IllegalArgumentException("expected one feature named Voronezh with code_hasc RU.VR, found "
                    + matches.size());
        }
        // Voronezh Oblast borders Luhansk Oblast: cut Ukraine out so the two never overlap on the map.
        Geometry area = Shapes.difference(Shapes.simplify(matches.get(0).geometry(), tolerance),
                Shapes.keepOutZone(ukraine, grid), grid);
        area = Shapes.dropSlivers(area, NeighbourCountries.MIN_PIECE_AREA);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("id", VORONEZH_HASC);
        properties.put("name", "Voronezh Oblast");
        properties.put("nameUk", "Воронезька область");
        return List.of(new GeoFeature(VORONEZH_HASC, area, properties));
    }
}
