package org.strikemap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GeodesyTest {

    static final GeoPoint VORONEZH = new GeoPoint(51.6720, 39.1843);
    static final GeoPoint KYIV = new GeoPoint(50.4501, 30.5234);
    static final GeoPoint KHARKIV = new GeoPoint(49.9935, 36.2304);

    @Test
    void voronezhToKyivIsAbout622Km() {
        assertEquals(622, Geodesy.distanceKm(VORONEZH, KYIV), 2);
    }

    @Test
    void voronezhToKharkivIsAbout280Km() {
        assertEquals(280, Geodesy.distanceKm(VORONEZH, KHARKIV), 2);
    }

    @Test
    void agreesWithAnIndependentVincentyImplementation() {
        assertEquals(Vincenty.distanceKm(51.6720, 39.1843, 50.4501, 30.5234), Geodesy.distanceKm(VORONEZH, KYIV), 1e-6);
    }

    @Test
    void destinationLiesAtTheRequestedDistance() {
        GeoPoint end = Geodesy.destination(KYIV, 123, 456);
        assertEquals(456, Vincenty.distanceKm(KYIV.lat(), KYIV.lon(), end.lat(), end.lon()), 1e-6);
    }

    @Test
    void geoPointRejectsOutOfRangeCoordinates() {
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(90.5, 0));
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(0, -180.1));
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(Double.NaN, 0));
    }
}
