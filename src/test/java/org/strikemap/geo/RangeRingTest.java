package org.strikemap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

class RangeRingTest {

    static final GeoPoint VORONEZH = new GeoPoint(51.6720, 39.1843);

    @Test
    void everyVertexIs650KmFromVoronezhByVincenty() {
        Polygon ring = RangeRing.around(VORONEZH, 650);
        for (Coordinate vertex : ring.getExteriorRing().getCoordinates()) {
            assertEquals(650, Vincenty.distanceKm(VORONEZH.lat(), VORONEZH.lon(), vertex.y, vertex.x), 0.5, "vertex " + vertex);
        }
    }

    @Test
    void noEdgeMidpointStraysMoreThanOneKmFromTheCircle() {
        for (double radius : new double[] {5, 280, 650, 2500}) {
            Coordinate[] ring = RangeRing.around(VORONEZH, radius).getExteriorRing().getCoordinates();
            for (int i = 0; i + 1 < ring.length; i++) {
                double midLat = (ring[i].y + ring[i + 1].y) / 2;
                double midLon = (ring[i].x + ring[i + 1].x) / 2;
                double error = Math.abs(Vincenty.distanceKm(VORONEZH.lat(), VORONEZH.lon(), midLat, midLon) - radius);
                assertTrue(error <= 1.0, "edge " + i + " of the " + radius + " km ring strays " + error + " km");
            }
        }
    }

    @Test
    void ringIsClosedValidAndCounterClockwise() {
        Polygon ring = RangeRing.around(VORONEZH, 650);
        Coordinate[] coordinates = ring.getExteriorRing().getCoordinates();
        assertEquals(coordinates[0], coordinates[coordinates.length - 1]);
        assertTrue(ring.getExteriorRing().isClosed());
        assertTrue(ring.isValid());
        assertTrue(Orientation.isCCW(coordinates), "RFC 7946 wants exterior rings counter-clockwise");
        assertTrue(ring.contains(GeoJson.WGS84.createPoint(new Coordinate(VORONEZH.lon(), VORONEZH.lat()))));
    }

    @Test
    void vertexCountGrowsWithTheRadiusRatherThanBeingFixed() {
        int small = RangeRing.around(VORONEZH, 50).getExteriorRing().getNumPoints();
        int large = RangeRing.around(VORONEZH, 2000).getExteriorRing().getNumPoints();
        assertTrue(large > small, small + " vs " + large);
    }

    @Test
    void rejectsRingsAcrossTheAntimeridianAndSillyRadii() {
        assertThrows(IllegalArgumentException.class, () -> RangeRing.around(new GeoPoint(60, 179), 500));
        assertThrows(IllegalArgumentException.class, () -> RangeRing.around(VORONEZH, 0));
        assertThrows(IllegalArgumentException.class, () -> RangeRing.around(VORONEZH, Double.NaN));
    }
}
