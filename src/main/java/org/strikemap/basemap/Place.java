package org.strikemap.basemap;

import org.strikemap.geo.GeoPoint;

/** A label point for the backdrop: {@code kind} is capital, city or launch; {@code country} ISO 3166-1 alpha-2. */
public record Place(String name, String nameUk, GeoPoint point, String kind, String country) {

    public boolean capital() {
        return "capital".equals(kind);
    }
}
