package org.strikemap.leaflet;

/** A geographic rectangle in WGS84 degrees, as Leaflet's fitBounds takes it. Does not cross the antimeridian. */
public record LatLngBounds(double south, double west, double north, double east) {

    public LatLngBounds {
        if (south > north || west > east) {
            throw new IllegalArgumentException("bounds must have south <= north and west <= east");
        }
    }
}
