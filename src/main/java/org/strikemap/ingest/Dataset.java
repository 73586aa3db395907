package org.strikemap.ingest;

import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.strikemap.geo.GeoPoint;
import org.strikemap.strike.LocationPrecision;
import org.strikemap.strike.ReportedDate;
import org.strikemap.strike.StrikeStatus;

/** A dataset read from data/ and fully validated, ready to be written; {@code hash} identifies its files' content. */
record Dataset(String hash, List<TextRow> texts, List<SourceRow> sources, List<RegionRow> regions, List<AreaRow> areas,
               List<LaunchSiteRow> launchSites, List<RangeRingRow> rangeRings, List<StrikeRow> strikes,
               List<ClaimRow> claims, List<PlaceRow> places) {

    /** One key of dataset.csv: the dataset's title, subtitle, view, labels, credit. */
    record TextRow(String name, String value) {
    }

    record SourceRow(String id, String file, String outlet, String headline, String dateAsGiven, String note) {
    }

    record RegionRow(String code, String name, String nameUk, String sourceName, Geometry geometry) {
    }

    /** A context outline: {@code kind} is "country" or "launch-area". */
    record AreaRow(String kind, String id, String name, String nameUk, String iso, Geometry geometry) {
    }

    record LaunchSiteRow(String id, String name, GeoPoint point, String area, String by, String sourceId, String quote) {
    }

    record RangeRingRow(String launchSite, double radiusKm, String label, String labelUk, String by, String sourceId, String quote) {
    }

    record StrikeRow(String id, String place, String placeUk, String regionCode, GeoPoint point, LocationPrecision locationPrecision,
                     ReportedDate date, StrikeStatus status, double distanceFromLaunchKm, String sourceId, String quote,
                     String note) {
    }

    record ClaimRow(String id, String subject, String kind, String value, Integer min, Integer max, String text,
                    String by, String sourceId, String quote) {
    }

    record PlaceRow(String name, String nameUk, GeoPoint point, String kind, String country, String source) {
    }
}
