package org.strikemap.leaflet;

/**
 * Permanent text labels at GeoJSON points. {@code classProperty} picks a CSS modifier ({@code lm-label-<value>}),
 * {@code rotateProperty} an angle in degrees; labels hide below {@code minZoom} when it is set.
 */
public record LabelLayer(String id, String url, String textProperty, String classProperty, String rotateProperty,
                         Integer minZoom) implements MapLayer {

    public static LabelLayer of(String id, String url, String textProperty) {
        return new LabelLayer(id, url, textProperty, null, null, null);
    }

    public LabelLayer styledBy(String property) {
        return new LabelLayer(id, url, textProperty, property, rotateProperty, minZoom);
    }

    public LabelLayer rotatedBy(String property) {
        return new LabelLayer(id, url, textProperty, classProperty, property, minZoom);
    }

    public LabelLayer fromZoom(int zoom) {
        return new LabelLayer(id, url, textProperty, classProperty, rotateProperty, zoom);
    }
}
