package org.strikemap.strike;

import java.util.List;
import org.strikemap.geo.GeoPoint;
import org.strikemap.source.Claim;
import org.strikemap.source.Source;

/**
 * A reported strike (or an incident under investigation) with where and when the reports place it, how far it
 * is from the launch site, the claims about it and every source cited by it or its claims (in id order).
 * {@code placeUk} is the place in Ukrainian, or null when the dataset gives none. {@code point} is only as exact as {@code locationPrecision} says: a town centre or a display anchor in a region.
 */
public record Strike(String id, String place, String placeUk, String regionCode, GeoPoint point, LocationPrecision locationPrecision,
                     ReportedDate date, StrikeStatus status, double distanceFromLaunchKm, String sourceId, String quote,
                     String note, List<Claim> claims, List<Source> sources) {

    public Strike {
        claims = List.copyOf(claims);
        sources = List.copyOf(sources);
    }

    /** The place in {@code language} ("en", "uk"), in English when the dataset has no such name. */
    public String place(String language) {
        return "uk".equals(language) && placeUk != null ? placeUk : place;
    }
}
