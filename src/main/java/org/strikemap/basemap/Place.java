package org.strikemap.basemap;

import org.strikemap.geo.GeoPoint;
import org.strikemap.i18n.Text;

/**
 * A label point for the backdrop, named per language: {@code kind} is capital, city or launch; {@code country} ISO
 * 3166-1 alpha-2; {@code source} where its coordinates come from.
 */
public record Place(Text name, GeoPoint point, String kind, String country, String source) {

    public boolean capital() {
        return "capital".equals(kind);
    }
}
