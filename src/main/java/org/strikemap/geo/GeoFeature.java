package org.strikemap.geo;

import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * A GeoJSON feature: a JTS geometry with an optional id and flat properties.
 * Immutable as far as its properties map goes; JTS geometries are mutable, so do not change them once wrapped.
 */
public record GeoFeature(String id, Geometry geometry, Map<String, Object> properties) {

    public GeoFeature {
        Objects.requireNonNull(geometry, "geometry");
        properties = properties == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
    }

    /** A property as text, or null when absent. */
    public String text(String key) {
        Object value = properties.get(key);
        return value == null ? null : value.toString();
    }

    public GeoFeature withProperties(Map<String, Object> replacement) {
        return new GeoFeature(id, geometry, replacement);
    }

    public GeoFeature withGeometry(Geometry replacement) {
        return new GeoFeature(id, replacement, properties);
    }
}
