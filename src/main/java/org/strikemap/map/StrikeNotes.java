package org.strikemap.map;

import java.util.Locale;
import org.strikemap.launch.LaunchSite;
import org.strikemap.strike.DatePrecision;
import org.strikemap.strike.LocationPrecision;

/**
 * The sentences that say how exact a strike's date and place are, and how far it lies from the launch area. Written
 * once into each strike feature, so every card (the page's and the embed's) reads the same words. English only.
 */
public final class StrikeNotes {

    private StrikeNotes() {
    }

    public static String of(DatePrecision precision) {
        return switch (precision) {
            case DAY -> "dated to the day";
            case MONTH -> "only the month is reported";
            case LATE_MONTH -> "only \"late\" in the month is reported";
            case PERIOD -> "only the period is known";
            case UNKNOWN -> "date not reported";
        };
    }

    public static String of(LocationPrecision precision) {
        return switch (precision) {
            case SITE -> "exact site";
            case TOWN -> "town reported, not the exact site";
            case REGION -> "only the region is reported; the mark is placed inside it, not at a site";
        };
    }

    /** E.g. "412 km from X (geodesic distance from the launch area Y names)". */
    public static String distance(double kilometres, LaunchSite origin) {
        return String.format(Locale.UK, "%,.0f km from %s (geodesic distance from the launch area %s names)",
                kilometres, origin.name(), origin.by());
    }
}
