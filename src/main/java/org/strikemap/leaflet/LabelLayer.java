package org.strikemap.leaflet;

/**
 * Permanent text labels at GeoJSON points. {@code classProperty} picks a CSS modifier ({@code lm-label-<value>}),
 * {@code rotateProperty} an angle in degrees; labels hide below {@code minZoom} when it is set. Labels of every label
 * layer keep clear of each other, of the marks and of the map's edge: after each zoom or move the map places them
 * by {@code rankProperty} (lower first), each beside its point (or centred on it when {@code centred}) or at one of
 * the other {@code [lon, lat, angle]} points its {@code anchorsProperty} lists, and hides a label that fits nowhere.
 */
public record LabelLayer(String id, String url, String textProperty, String classProperty, String rotateProperty,
                         Integer minZoom, String rankProperty, String anchorsProperty, boolean centred) implements MapLayer {

    public static LabelLayer of(String id, String url, String textProperty) {
        return new LabelLayer(id, url, textProperty, null, null, null, null, null, false);
    }

    public LabelLayer styledBy(String property) {
        return new LabelLayer(id, url, textProperty, property, rotateProperty, minZoom, rankProperty, anchorsProperty, centred);
    }

    public LabelLayer rotatedBy(String property) {
        return new LabelLayer(id, url, textProperty, classProperty, property, minZoom, rankProperty, anchorsProperty, centred);
    }

    public LabelLayer fromZoom(int zoom) {
        return new LabelLayer(id, url, textProperty, classProperty, rotateProperty, zoom, rankProperty, anchorsProperty, centred);
    }

    public LabelLayer rankedBy(String property) {
        return new LabelLayer(id, url, textProperty, classProperty, rotateProperty, minZoom, property, anchorsProperty, centred);
    }

    public LabelLayer movableTo(String property) {
        return new LabelLayer(id, url, textProperty, classProperty, rotateProperty, minZoom, rankProperty, property, centred);
    }

    public LabelLayer centredOnPoint() {
        return new LabelLayer(id, url, textProperty, classProperty, rotateProperty, minZoom, rankProperty, anchorsProperty, true);
    }
}
