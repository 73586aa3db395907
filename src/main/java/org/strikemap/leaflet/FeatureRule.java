package org.strikemap.leaflet;

import tools.jackson.databind.node.ObjectNode;

/** Matches features whose property equals a value (compared as text in the browser). */
public record FeatureRule(String property, String value) {

    public static FeatureRule where(String property, String value) {
        return new FeatureRule(property, value);
    }

    ObjectNode toConfig() {
        return LayerConfig.object().put("property", property).put("value", value);
    }
}
