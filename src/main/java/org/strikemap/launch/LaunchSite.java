package org.strikemap.launch;

import org.strikemap.geo.GeoPoint;

/**
 * Where missiles are said to be launched from. The reports name only a region, so {@code point} is a
 * drawing anchor (a city) and {@code area} the id of the region's outline; {@code by} made the claim.
 */
public record LaunchSite(String id, String name, GeoPoint point, String area, String by, String sourceId, String quote) {
}
