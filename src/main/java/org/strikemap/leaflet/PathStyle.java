package org.strikemap.leaflet;

import tools.jackson.databind.node.ObjectNode;

/**
 * How lines and areas are drawn: Leaflet's path options. Colours are CSS colours; a null dash array is solid.
 */
public record PathStyle(String stroke, double weight, double opacity, String fill, double fillOpacity, String dashArray) {

    public static PathStyle outline(String stroke, double weight) {
        return new PathStyle(stroke, weight, 1, null, 0, null);
    }

    public static PathStyle area(String fill, String stroke, double weight) {
        return new PathStyle(stroke, weight, 1, fill, 1, null);
    }

    public PathStyle dashed(String pattern) {
        return new PathStyle(stroke, weight, opacity, fill, fillOpacity, pattern);
    }

    public PathStyle withFillOpacity(double value) {
        return new PathStyle(stroke, weight, opacity, fill, value, dashArray);
    }

    ObjectNode toConfig() {
        ObjectNode node = LayerConfig.object();
        node.put("color", stroke).put("weight", weight).put("opacity", opacity);
        node.put("fill", fill != null).put("fillColor", fill).put("fillOpacity", fillOpacity);
        node.put("dashArray", dashArray);
        return node;
    }
}
