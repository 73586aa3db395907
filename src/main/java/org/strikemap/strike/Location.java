package org.strikemap.strike;

import org.strikemap.geo.GeoPoint;
import org.strikemap.i18n.Text;

/**
 * Where the reports place a strike: the place as they name it (per language), the region's ISO 3166-2 code (null
 * on a map without regions), the point and how exact it is: {@code point} is only as exact as {@code precision}
 * says (a town centre, or a display anchor inside a region).
 */
public record Location(Text place, String region, GeoPoint point, LocationPrecision precision) {
}
