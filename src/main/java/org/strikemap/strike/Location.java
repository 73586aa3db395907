package org.strikemap.strike;

import org.strikemap.geo.GeoPoint;
import org.strikemap.i18n.Text;

/**
 * Where the reports place a strike: the place as they name it (per language), the region's ISO 3166-2 code (null
 * on a map without regions), the point and how exact it is: {@code point} is only as exact as {@code precision}
 * says (a town centre, or a display anchor inside a region).
 */
public record Location(Text place, String region, GeoPoint point, LocationPrecision precision) {

    /** The same location with the place named {@code words} in {@code language} (its other names kept). */
    public Location renamed(String language, String words) {
        return new Location(place.with(language, words), region, point, precision);
    }

    /** The same place, put at {@code point} in {@code region}. */
    public Location movedTo(String region, GeoPoint point) {
        return new Location(place, region, point, precision);
    }
}
