package org.strikemap.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.strikemap.geo.GeoFeature;
import org.strikemap.geo.GeoJson;
import org.strikemap.ingest.Dataset.AreaRow;
import org.strikemap.ingest.Dataset.RegionRow;

/** Reads the three boundary GeoJSON files and checks their shape; errors name the file and the feature. */
final class Boundaries {

    /** ISO 3166-2: a country's alpha-2 code, a hyphen, and up to three letters or digits. */
    private static final Pattern SUBDIVISION_CODE = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");

    private Boundaries() {
    }

    static List<RegionRow> regions(String file, String json) {
        List<RegionRow> regions = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<GeoFeature> features = features(file, json);
        for (int i = 0; i < features.size(); i++) {
            GeoFeature feature = features.get(i);
            String code = required(file, i, feature, "code");
            if (!SUBDIVISION_CODE.matcher(code).matches()) {
                throw featureError(file, i, "code '" + code + "' is not an ISO 3166-2 subdivision code (e.g. XX-12)");
            }
            if (feature.id() != null && !feature.id().equals(code)) {
                throw featureError(file, i, "id '" + feature.id() + "' differs from its code '" + code + "'");
            }
            if (!codes.add(code)) {
                throw featureError(file, i, "code " + code + " appears twice");
            }
            regions.add(new RegionRow(code, required(file, i, feature, "name"), required(file, i, feature, "nameUk"),
                    feature.text("sourceName"), area(file, i, feature)));
        }
        if (regions.isEmpty()) {
            throw new DatasetException(file, 0, "has no regions");
        }
        return regions;
    }

    static List<AreaRow> countries(String file, String json) {
        List<AreaRow> countries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<GeoFeature> features = features(file, json);
        for (int i = 0; i < features.size(); i++) {
            GeoFeature feature = features.get(i);
            String name = required(file, i, feature, "name");
            String iso = feature.text("iso");
            String id = feature.id() != null ? feature.id() : iso != null ? iso : name;
            if (!ids.add(id)) {
                throw featureError(file, i, "id '" + id + "' appears twice");
            }
            countries.add(new AreaRow("country", id, name, feature.text("nameUk"), iso, area(file, i, feature)));
        }
        return countries;
    }

    static List<AreaRow> launchAreas(String file, String json) {
        List<AreaRow> areas = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<GeoFeature> features = features(file, json);
        for (int i = 0; i < features.size(); i++) {
            GeoFeature feature = features.get(i);
            String id = feature.text("id") != null ? feature.text("id") : feature.id();
            if (id == null || id.isBlank()) {
                throw featureError(file, i, "has no id");
            }
            if (!ids.add(id)) {
                throw featureError(file, i, "id '" + id + "' appears twice");
            }
            areas.add(new AreaRow("launch-area", id, required(file, i, feature, "name"), feature.text("nameUk"), null,
                    area(file, i, feature)));
        }
        return areas;
    }

    private static List<GeoFeature> features(String file, String json) {
        try {
            return GeoJson.readFeatures(json);
        } catch (IllegalArgumentException e) {
            throw new DatasetException(file, 0, e.getMessage(), e);
        }
    }

    private static String required(String file, int index, GeoFeature feature, String property) {
        String value = feature.text(property);
        if (value == null || value.isBlank()) {
            throw featureError(file, index, "has no property '" + property + "'");
        }
        return value;
    }

    private static Geometry area(String file, int index, GeoFeature feature) {
        Geometry geometry = feature.geometry();
        if (!(geometry instanceof Polygon || geometry instanceof MultiPolygon) || geometry.isEmpty()) {
            throw featureError(file, index, "geometry must be a non-empty Polygon or MultiPolygon, not "
                    + geometry.getGeometryType());
        }
        return geometry;
    }

    private static DatasetException featureError(String file, int index, String reason) {
        return new DatasetException(file, 0, "feature " + index + " " + reason);
    }
}
