package org.strikemap.launch;

import org.strikemap.geo.GeoPoint;
import org.strikemap.i18n.Text;
import org.strikemap.source.Citation;

/**
 * Where missiles are said to be launched from. The reports name only a region, so {@code point} is a drawing anchor
 * (a city) and {@code area} the id of the region's outline (null when none is drawn); {@code by} made the claim.
 */
public record LaunchSite(String id, Text name, GeoPoint point, String area, String by, Citation citation) {
}
