package org.strikemap.launch;

import org.locationtech.jts.geom.Geometry;

/**
 * A range ring as claimed: {@code radiusKm} around a launch site, its label (and in Ukrainian, or null), who claimed
 * it and where, and its geodesic outline. JTS geometries are mutable: never change {@code outline}.
 */
public record Ring(String id, LaunchSite site, double radiusKm, String label, String labelUk, String by, String sourceId,
                   String quote, Geometry outline) {

    /** The label in {@code language} ("en", "uk"), in English when the dataset gives no other. */
    public String label(String language) {
        return "uk".equals(language) && labelUk != null ? labelUk : label;
    }
}
