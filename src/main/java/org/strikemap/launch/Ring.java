package org.strikemap.launch;

import org.strikemap.i18n.Text;
import org.strikemap.source.Citation;

/**
 * A range ring as claimed: {@code radiusKm} around a launch site (its id), labelled per language, with who claimed it
 * and where. Its geodesic outline is drawn by {@link LaunchGeography#outline(Ring)}.
 */
public record Ring(String launchSite, double radiusKm, Text label, String by, Citation citation) {

    /** "voronezh-650km": the site and the radius, which together identify a ring. */
    public String id() {
        String radius = radiusKm == Math.rint(radiusKm) ? Long.toString((long) radiusKm) : Double.toString(radiusKm);
        return launchSite + "-" + radius + "km";
    }
}
