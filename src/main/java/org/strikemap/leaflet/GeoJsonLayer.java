package org.strikemap.leaflet;

/** Lines and areas from a GeoJSON FeatureCollection in one style, with an optional text tooltip from a property. */
public record GeoJsonLayer(String id, String url, PathStyle style, String tooltipProperty) implements MapLayer {

    public static GeoJsonLayer of(String id, String url, PathStyle style) {
        return new GeoJsonLayer(id, url, style, null);
    }

    public GeoJsonLayer withTooltip(String property) {
        return new GeoJsonLayer(id, url, style, property);
    }
}
