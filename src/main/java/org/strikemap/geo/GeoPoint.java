package org.strikemap.geo;

/** A WGS84 position in decimal degrees; rejects values outside -90..90 latitude and -180..180 longitude. */
public record GeoPoint(double lat, double lon) {

    public GeoPoint {
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new IllegalArgumentException("latitude " + lat + " is outside -90..90");
        }
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("longitude " + lon + " is outside -180..180");
        }
    }

    public static GeoPoint of(double lat, double lon) {
        return new GeoPoint(lat, lon);
    }

    @Override
    public String toString() {
        return lat + "," + lon;
    }
}
