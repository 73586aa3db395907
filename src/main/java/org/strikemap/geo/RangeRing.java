package org.strikemap.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * A circle of constant geodesic distance around a point, as a lon/lat polygon for drawing.
 * Vertices lie exactly on the circle (geodesic direct problem); there are enough of them that no
 * straight lon/lat edge strays more than {@link #TOLERANCE_KM} from it. Limits: the ring must not
 * reach a pole or cross the antimeridian, and the radius must be below 10,000 km.
 */
public final class RangeRing {

    /** The largest distance, in km, that the midpoint of any edge may lie from the true circle. */
    public static final double TOLERANCE_KM = 1.0;

    private static final int MIN_VERTICES = 8;
    private static final int MAX_VERTICES = 1 << 16;

    private RangeRing() {
    }

    /** The ring of points {@code radiusKm} from {@code centre}, counter-clockwise as RFC 7946 wants. */
    public static Polygon around(GeoPoint centre, double radiusKm) {
        if (!(radiusKm > 0 && radiusKm < 10_000)) {
            throw new IllegalArgumentException("radius " + radiusKm + " km is outside (0, 10000)");
        }
        int vertices = firstEstimate(radiusKm);
        while (true) {
            Coordinate[] ring = ring(centre, radiusKm, vertices);
            if (worstEdgeErrorKm(centre, radiusKm, ring) <= TOLERANCE_KM || vertices >= MAX_VERTICES) {
                return GeoJson.WGS84.createPolygon(ring);
            }
            // The planar estimate ignores the lon/lat stretching away from the equator; refine by measuring.
            vertices = Math.min(MAX_VERTICES, vertices + Math.max(4, vertices / 4));
        }
    }

    /** How many vertices a flat circle of this radius needs for chords within the tolerance (sagitta bound). */
    static int firstEstimate(double radiusKm) {
        double halfAngle = Math.acos(1 - Math.min(1, TOLERANCE_KM / radiusKm));
        return Math.max(MIN_VERTICES, (int) Math.ceil(Math.PI / halfAngle));
    }

    /** The largest distance between the circle and the lon/lat midpoint of any edge of {@code ring}. */
    static double worstEdgeErrorKm(GeoPoint centre, double radiusKm, Coordinate[] ring) {
        double worst = 0;
        for (int i = 0; i + 1 < ring.length; i++) {
            GeoPoint mid = new GeoPoint((ring[i].y + ring[i + 1].y) / 2, (ring[i].x + ring[i + 1].x) / 2);
            worst = Math.max(worst, Math.abs(Geodesy.distanceKm(centre, mid) - radiusKm));
        }
        return worst;
    }

    private static Coordinate[] ring(GeoPoint centre, double radiusKm, int vertices) {
        Coordinate[] ring = new Coordinate[vertices + 1];
        for (int i = 0; i < vertices; i++) {
            // Decreasing azimuth walks the ring counter-clockwise on a map with north up.
            GeoPoint point = Geodesy.destination(centre, 360.0 * (vertices - i) / vertices, radiusKm);
            ring[i] = new Coordinate(point.lon(), point.lat());
            if (i > 0 && Math.abs(ring[i].x - ring[i - 1].x) > 180) {
                throw new IllegalArgumentException("a " + radiusKm + " km ring around " + centre + " crosses the antimeridian");
            }
            if (Math.abs(point.lat()) > 89.9) {
                throw new IllegalArgumentException("a " + radiusKm + " km ring around " + centre + " reaches a pole");
            }
        }
        if (Math.abs(ring[vertices - 1].x - ring[0].x) > 180) {
            throw new IllegalArgumentException("a " + radiusKm + " km ring around " + centre + " crosses the antimeridian");
        }
        ring[vertices] = ring[0].copy();
        return ring;
    }
}
