package org.strikemap.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes GeoJSON (RFC 7946) FeatureCollections as JTS geometries, x = longitude, y = latitude.
 * Handles Point, LineString, Polygon and MultiPolygon only; anything else is rejected with a message.
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

    /** The FeatureCollection as a Jackson tree, for callers that add members of their own. */
    public static ObjectNode collection(List<GeoFeature> features, int decimals) {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "FeatureCollection");
        ArrayNode array = root.putArray("features");
        for (GeoFeature feature : features) {
            ObjectNode node = array.addObject();
            node.put("type", "Feature");
            if (feature.id() != null) {
                node.put("id", feature.id());
            }
            node.set("geometry", geometry(feature.geometry(), decimals));
            node.set("properties", JSON.valueToTree(feature.properties()));
        }
        return root;
    }

    public static ObjectNode geometry(Geometry geometry, int decimals) {
        ObjectNode node = JSON.createObjectNode();
        double scale = Math.pow(10, decimals);
        switch (geometry) {
            case Point point -> {
                node.put("type", "Point");
                position(node.putArray("coordinates"), point.getCoordinate(), scale);
            }
            case LineString line -> {
                node.put("type", "LineString");
                positions(node.putArray("coordinates"), line.getCoordinates(), scale);
            }
            case Polygon polygon -> {
                node.put("type", "Polygon");
                rings(node.putArray("coordinates"), polygon, scale);
            }
            case MultiPolygon multi -> {
                node.put("type", "MultiPolygon");
                ArrayNode polygons = node.putArray("coordinates");
                for (int i = 0; i < multi.getNumGeometries(); i++) {
                    rings(polygons.addArray(), (Polygon) multi.getGeometryN(i), scale);
                }
            }
            default -> throw new IllegalArgumentException("unsupported geometry type " + geometry.getGeometryType());
        }
        return node;
    }

    private static void rings(ArrayNode target, Polygon polygon, double scale) {
        positions(target.addArray(), polygon.getExteriorRing().getCoordinates(), scale);
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            positions(target.addArray(), polygon.getInteriorRingN(i).getCoordinates(), scale);
        }
    }

    private static void positions(ArrayNode target, Coordinate[] coordinates, double scale) {
        for (Coordinate coordinate : coordinates) {
            position(target.addArray(), coordinate, scale);
        }
    }

    private static void position(ArrayNode target, Coordinate coordinate, double scale) {
        target.add(Math.round(coordinate.x * scale) / scale);
        target.add(Math.round(coordinate.y * scale) / scale);
    }
}
