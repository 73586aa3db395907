package org.strikemap.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

/**
 * The one GeoJSON (RFC 7946) reader and writer: FeatureCollections of JTS geometries, x = longitude, y = latitude.
 * Reads Point, LineString, Polygon and MultiPolygon only; anything else is rejected with a message.
 */
public final class GeoJson {

    /** Geometries in WGS84 degrees; SRID 4326 is a label here, JTS itself is planar. */
    public static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GeoJson() {
    }

    /** Parses a FeatureCollection; throws {@link IllegalArgumentException} saying what is wrong. */
    public static List<GeoFeature> readFeatures(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (!"FeatureCollection".equals(root.path("type").asString(""))) {
            throw new IllegalArgumentException("expected a GeoJSON FeatureCollection");
        }
        List<GeoFeature> features = new ArrayList<>();
        int index = 0;
        for (JsonNode node : root.path("features")) {
            try {
                features.add(readFeature(node));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("feature " + index + ": " + e.getMessage(), e);
            }
            index++;
        }
        return features;
    }

    static GeoFeature readFeature(JsonNode node) {
        String id = node.hasNonNull("id") ? node.get("id").asString() : null;
        Map<String, Object> properties = new LinkedHashMap<>();
        JsonNode props = node.path("properties");
        if (props.isObject()) {
            for (Map.Entry<String, JsonNode> entry : props.properties()) {
                properties.put(entry.getKey(), JSON.treeToValue(entry.getValue(), Object.class));
            }
        }
        return new GeoFeature(id, readGeometry(node.path("geometry")), properties);
    }

    public static Geometry readGeometry(JsonNode geometry) {
        String type = geometry.path("type").asString("");
        JsonNode coordinates = geometry.path("coordinates");
        return switch (type) {
            case "Point" -> WGS84.createPoint(coordinate(coordinates));
            case "LineString" -> WGS84.createLineString(coordinates(coordinates));
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> {
                Polygon[] polygons = new Polygon[coordinates.size()];
                for (int i = 0; i < polygons.length; i++) {
                    polygons[i] = polygon(coordinates.get(i));
                }
                yield WGS84.createMultiPolygon(polygons);
            }
            default -> throw new IllegalArgumentException("unsupported geometry type '" + type + "'");
        };
    }

    private static Polygon polygon(JsonNode rings) {
        if (rings.isEmpty()) {
            throw new IllegalArgumentException("polygon without rings");
        }
        LinearRing shell = WGS84.createLinearRing(coordinates(rings.get(0)));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = WGS84.createLinearRing(coordinates(rings.get(i)));
        }
        return WGS84.createPolygon(shell, holes);
    }

    private static Coordinate[] coordinates(JsonNode positions) {
        Coordinate[] result = new Coordinate[positions.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = coordinate(positions.get(i));
        }
        return result;
    }

    private static Coordinate coordinate(JsonNode position) {
        if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
            throw new IllegalArgumentException("a position must be [longitude, latitude]");
        }
        return new Coordinate(position.get(0).asDouble(), position.get(1).asDouble());
    }

    /** Writes a FeatureCollection, coordinates rounded to {@code decimals} places. */
    public static String write(List<GeoFeature> features, int decimals) {
        return JSON.writeValueAsString(collection(features, decimals));
    }

    /** The same FeatureCollection as UTF-8 bytes, ready to be sent. */
    public static byte[] writeBytes(List<GeoFeature> features, int decimals) {
        return JSON.writeValueAsBytes(collection(features, decimals));
    }

    /** One geometry as a GeoJSON geometry object, coordinates rounded to {@code decimals} places. */
    public static String geometryText(Geometry geometry, int decimals) {
        GeoJsonWriter writer = new GeoJsonWriter(decimals);
        writer.setEncodeCRS(false);
        return writer.write(geometry);
    }

    /*
     * Geometry goes through JTS's own GeoJsonWriter (jts-io-common, released with jts-core): it knows every JTS
     * geometry type and the RFC 7946 coordinate order, so no hand-written geometry encoder has to be kept in step
     * with JTS. Jackson writes the feature envelope and the properties, and splices the geometry in as raw JSON.
     */
    private static ObjectNode collection(List<GeoFeature> features, int decimals) {
        GeoJsonWriter writer = new GeoJsonWriter(decimals);
        writer.setEncodeCRS(false);
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "FeatureCollection");
        ArrayNode array = root.putArray("features");
        for (GeoFeature feature : features) {
            ObjectNode node = array.addObject();
            node.put("type", "Feature");
            if (feature.id() != null) {
                node.put("id", feature.id());
            }
            node.putRawValue("geometry", new RawValue(writer.write(feature.geometry())));
            node.set("properties", JSON.valueToTree(feature.properties()));
        }
        return root;
    }
}
