package org.strikemap.geo;

/** A rectangle in WGS84 degrees, south-west to north-east; does not cross the antimeridian. */
public record Bounds(double south, double west, double north, double east) {

    public Bounds {
        if (south > north || west > east) {
            throw new IllegalArgumentException("bounds need south <= north and west <= east, not " + south + ", " + west
                    + ", " + north + ", " + east);
        }
    }
}
