package org.strikemap.leaflet;

/**
 * How lines and areas are drawn, as Leaflet's path options: colours are CSS colours; a null dash array is solid and
 * a null fill draws no fill.
 */
public record PathStyle(String color, double weight, double opacity, String fillColor, double fillOpacity,
                        String dashArray) {

    public static PathStyle outline(String stroke, double weight) {
        return new PathStyle(stroke, weight, 1, null, 0, null);
    }

    public static PathStyle area(String fill, String stroke, double weight) {
        return new PathStyle(stroke, weight, 1, fill, 1, null);
    }

    public PathStyle dashed(String pattern) {
        return new PathStyle(color, weight, opacity, fillColor, fillOpacity, pattern);
    }

    public PathStyle withFillOpacity(double value) {
        return new PathStyle(color, weight, opacity, fillColor, value, dashArray);
    }

    /** Leaflet's own switch for filling, derived so the two can never disagree. */
    public boolean fill() {
        return fillColor != null;
    }
}
