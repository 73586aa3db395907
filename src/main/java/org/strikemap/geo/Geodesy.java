package org.strikemap.geo;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;

/** Geodesic distances and destinations on the WGS84 ellipsoid (GeographicLib, accurate to nanometres). */
public final class Geodesy {

    private Geodesy() {
    }

    /** The length of the shortest path between two points on the ellipsoid, in kilometres. */
    public static double distanceKm(GeoPoint from, GeoPoint to) {
        return Geodesic.WGS84.Inverse(from.lat(), from.lon(), to.lat(), to.lon()).s12 / 1000;
    }

    /** The point reached by travelling {@code km} along the geodesic leaving {@code from} at {@code azimuth} (degrees from north). */
    public static GeoPoint destination(GeoPoint from, double azimuth, double km) {
        GeodesicData end = Geodesic.WGS84.Direct(from.lat(), from.lon(), azimuth, km * 1000);
        return new GeoPoint(end.lat2, normalizedLon(end.lon2));
    }

    // GeographicLib reduces longitudes to [-180, 180]; guard against -0.0 and tiny overshoots anyway.
    private static double normalizedLon(double lon) {
        double reduced = ((lon + 180) % 360 + 360) % 360 - 180;
        return reduced == -180 && lon > 0 ? 180 : reduced + 0.0;
    }
}
