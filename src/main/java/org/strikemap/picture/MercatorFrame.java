package org.strikemap.picture;

import java.awt.geom.Point2D;
import org.locationtech.jts.awt.PointTransformation;
import org.locationtech.jts.geom.Coordinate;
import org.strikemap.geo.Bounds;
import org.strikemap.geo.GeoPoint;

/**
 * Web Mercator, as Leaflet draws the web map, fitted to a view's bounds in a box of pixels: the bounds fill the box's
 * width (or its height, when the bounds are taller than the box allows) and are centred in it.
 * Limits: bounds must not cross the antimeridian or reach the poles (Bounds and the data's view rule both out).
 */
record MercatorFrame(double west, double north, double pixelsPerRadian, double left, double top)
        implements PointTransformation {

    /** The box's height for {@code width} pixels of these bounds, at most {@code maxHeight}. */
    static int heightFor(Bounds view, int width, int maxHeight) {
        double aspect = (y(view.north()) - y(view.south())) / Math.toRadians(view.east() - view.west());
        return (int) Math.min(maxHeight, Math.max(1, Math.round(width * aspect)));
    }

    /** Fits {@code view} into the box at ({@code left}, {@code top}) of {@code width} × {@code height} pixels. */
    static MercatorFrame fit(Bounds view, double left, double top, int width, int height) {
        double spanX = Math.toRadians(view.east() - view.west());
        double spanY = y(view.north()) - y(view.south());
        double scale = Math.min(width / spanX, height / spanY);
        return new MercatorFrame(view.west(), view.north(), scale,
                left + (width - spanX * scale) / 2, top + (height - spanY * scale) / 2);
    }

    @Override
    public void transform(Coordinate lonLat, Point2D pixel) {
        pixel.setLocation(x(lonLat.x), pixelY(lonLat.y));
    }

    Point2D.Double pixel(GeoPoint point) {
        return new Point2D.Double(x(point.lon()), pixelY(point.lat()));
    }

    private double x(double lon) {
        return left + Math.toRadians(lon - west) * pixelsPerRadian;
    }

    private double pixelY(double lat) {
        return top + (y(north) - y(lat)) * pixelsPerRadian;
    }

    /** Mercator's northing in radians. */
    private static double y(double lat) {
        return Math.log(Math.tan(Math.PI / 4 + Math.toRadians(lat) / 2));
    }
}
