package org.strikemap.launch;

import org.locationtech.jts.geom.Geometry;

/**
 * A range ring as claimed: {@code radiusKm} around a launch site, who claimed it and where, and its geodesic
 * outline. JTS geometries are mutable: never change {@code outline}.
 */
public record Ring(String id, LaunchSite site, double radiusKm, String label, String by, String sourceId, String quote,
                   Geometry outline) {
}
