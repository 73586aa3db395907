package org.strikemap.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.strikemap.geo.GeoFeature;
import org.strikemap.geo.GeoJson;
import org.strikemap.basemap.Country;
import org.strikemap.i18n.Text;
import org.strikemap.launch.LaunchArea;
import org.strikemap.region.Region;

/**
 * Reads the boundary library's GeoJSON files (a country's regions, the countries, the launch areas) and checks their
 * shape, coordinates, codes and property lengths; errors name the file, the line and column where the feature
 * starts, and the feature's index. Names are {@code name} in English and {@code name_<language tag>} in others.
 */
final class Boundaries {

    /** How GeoJson names the feature at fault. */
    private static final Pattern FEATURE_ERROR = Pattern.compile("feature (\\d+):");

    /** ISO 3166-2: a country's alpha-2 code, a hyphen, and up to three letters or digits. */
    private static final Pattern SUBDIVISION_CODE = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");

    private Boundaries() {
    }

    /** The language of the files' {@code name} property; other languages are {@code name_<tag>}. */
    static final String LANGUAGE = "en";

    /** The admin-1 units of one country of the library ({@code country}: its ISO 3166-1 alpha-2 code). */
    static List<Region> regions(String file, String json, String country) {
        List<Region> regions = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Features features = features(file, json);
        for (int i = 0; i < features.size(); i++) {
            GeoFeature feature = features.get(i);
            String code = features.text(i, "code", "regions.code", true);
            if (!SUBDIVISION_CODE.matcher(code).matches() || !code.startsWith(country + "-")) {
                throw features.error(i, "code '" + code + "' is not an ISO 3166-2 subdivision code of " + country
                        + " (e.g. " + country + "-12)");
            }
            if (feature.id() != null && !feature.id().equals(code)) {
                throw features.error(i, "id '" + cut(feature.id()) + "' differs from its code '" + code + "'");
            }
            if (!codes.add(code)) {
                throw features.error(i, "code " + code + " appears twice");
            }
            regions.add(new Region(code, features.name(i, "regions.name", true), features.area(i)));
        }
        return regions;
    }

    /** Every country outline of the library, with its ISO 3166-1 alpha-2 code (null when it has none). */
    static List<LibraryCountry> countries(String file, String json) {
        List<LibraryCountry> countries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Features features = features(file, json);
        for (int i = 0; i < features.size(); i++) {
            GeoFeature feature = features.get(i);
            Text name = features.name(i, "areas.name", true);
            String iso = features.text(i, "iso", "areas.iso", false);
            String alpha2 = features.get(i).text("alpha2");
            if (alpha2 != null && !COUNTRY_CODE.matcher(alpha2).matches()) {
                throw features.error(i, "alpha2 '" + cut(alpha2) + "' is not an ISO 3166-1 alpha-2 code");
            }
            String id = feature.id() != null ? feature.id() : iso != null ? iso : name.words();
            features.checkId(i, id);
            if (!ids.add(id)) {
                throw features.error(i, "id '" + id + "' appears twice");
            }
            countries.add(new LibraryCountry(alpha2, new Country(id, name, iso, features.area(i))));
        }
        return countries;
    }

    static List<LaunchArea> launchAreas(String file, String json) {
        List<LaunchArea> areas = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Features features = features(file, json);
        for (int i = 0; i < features.size(); i++) {
            GeoFeature feature = features.get(i);
            String id = feature.text("id") != null ? feature.text("id") : feature.id();
            if (id == null || id.isBlank()) {
                throw features.error(i, "has no id");
            }
            features.checkId(i, id);
            if (!ids.add(id)) {
                throw features.error(i, "id '" + id + "' appears twice");
            }
            areas.add(new LaunchArea(id, features.name(i, "areas.name", true), features.area(i)));
        }
        return areas;
    }

    /** A country of the library: its alpha-2 code, by which maps' areas name it, and its outline. */
    record LibraryCountry(String alpha2, Country country) {
    }

    private static Features features(String file, String json) {
        List<GeoJsonText.Position> starts = GeoJsonText.featureStarts(file, json);
        List<GeoFeature> features;
        try {
            features = GeoJson.readFeatures(json);
        } catch (IllegalArgumentException e) {
            Matcher feature = FEATURE_ERROR.matcher(e.getMessage());
            if (feature.lookingAt() && Integer.parseInt(feature.group(1)) < starts.size()) {
                GeoJsonText.Position at = starts.get(Integer.parseInt(feature.group(1)));
                throw new DatasetException(file, at.line(), at.column(), e.getMessage());
            }
            throw new DatasetException(file, 1, e.getMessage());
        }
        if (features.isEmpty()) {
            throw new DatasetException(file, 1, "has no features");
        }
        return new Features(file, features, starts);
    }

    private static String cut(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    /** The features of one file and where each starts, for errors that point at the feature. */
    private record Features(String file, List<GeoFeature> features, List<GeoJsonText.Position> starts) {

        int size() {
            return features.size();
        }

        GeoFeature get(int index) {
            return features.get(index);
        }

        DatasetException error(int index, String reason) {
            GeoJsonText.Position at = index < starts.size() ? starts.get(index) : new GeoJsonText.Position(0, 0);
            return new DatasetException(file, at.line(), at.column(), "feature " + index + " " + reason);
        }

        void checkId(int index, String id) {
            Limits.text(id, "areas.id", reason -> error(index, "id " + reason));
        }

        /** A property's text, checked against its column; null when absent and not required. */
        String text(int index, String property, String column, boolean required) {
            String value = features.get(index).text(property);
            if (value == null || value.isBlank()) {
                if (required) {
                    throw error(index, "has no property '" + property + "'");
                }
                return null;
            }
            if (Limits.WORDS.containsKey(column)) {
                Limits.checkLength(value, Limits.WORDS.get(column), column, reason -> error(index, "property '" + property + "' " + reason));
                Limits.checkCharacters(value, reason -> error(index, "property '" + property + "' " + reason));
                return value;
            }
            return Limits.text(value, column, reason -> error(index, "property '" + property + "' " + reason));
        }

        /** {@code name} in English and {@code name_<tag>} in other languages, each checked against {@code column}. */
        Text name(int index, String column, boolean required) {
            String own = text(index, "name", column, required);
            if (own == null) {
                return null;
            }
            Map<String, String> words = new LinkedHashMap<>();
            words.put(LANGUAGE, own);
            features.get(index).properties().forEach((key, value) -> {
                if (key.startsWith("name_") && Text.TAG.matcher(key.substring(5)).matches() && value != null
                        && !value.toString().isBlank()) {
                    words.put(key.substring(5), value.toString());
                }
            });
            return Limits.text(new Text(words), column, reason -> error(index, "name " + reason));
        }

        Geometry area(int index) {
            Geometry geometry = features.get(index).geometry();
            if (!(geometry instanceof Polygon || geometry instanceof MultiPolygon) || geometry.isEmpty()) {
                throw error(index, "geometry must be a non-empty Polygon or MultiPolygon, not " + geometry.getGeometryType());
            }
            for (Coordinate c : geometry.getCoordinates()) {
                if (!(Math.abs(c.x) <= 180 && Math.abs(c.y) <= 90)) {
                    throw error(index, "has the position [" + c.x + ", " + c.y + "], outside [-180..180, -90..90]");
                }
            }
            IsValidOp validity = new IsValidOp(geometry);
            if (!validity.isValid()) {
                throw error(index, "geometry is not valid: " + validity.getValidationError());
            }
            return geometry;
        }
    }
}
