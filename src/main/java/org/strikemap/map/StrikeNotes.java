package org.strikemap.map;

import org.strikemap.i18n.Messages;
import org.strikemap.launch.LaunchSite;
import org.strikemap.strike.LocationPrecision;
import org.strikemap.strike.ReportedDate;

/**
 * The sentences that say when a strike happened and how exact its date and place are, and how far it lies from the
 * launch area, in the interface's language. Written once into each strike feature, so every card (the page's and
 * the embed's) reads the same words.
 */
public final class StrikeNotes {

    private StrikeNotes() {
    }

    /** The date as a reader should see it: "2 January 2024", "late December 2023", "between … and …". */
    public static String dateLabel(ReportedDate date, Messages words) {
        return switch (date.precision()) {
            case DAY -> words.day(date.from());
            case MONTH -> words.month(date.from());
            case LATE_MONTH -> words.lateMonth(date.from());
            case PERIOD -> words.get("date.between", "from", words.shortDay(date.from()), "to", words.shortDay(date.to()));
            case UNKNOWN -> words.get("date.unknown", "from", words.shortDay(date.from()));
        };
    }

    /**
     * When, as one plain sentence that says what the reports leave out: "2 January 2024", "Day not reported: January
     * 2024", "Date not reported: between 30 Dec 2023 and 7 Feb 2024".
     */
    public static String when(ReportedDate date, Messages words) {
        String label = dateLabel(date, words);
        return switch (date.precision()) {
            case DAY -> words.get("when.day", "date", label);
            case MONTH, LATE_MONTH -> words.get("when.noDay", "date", label);
            case PERIOD -> words.get("when.noDate", "date", label);
            case UNKNOWN -> words.get("when.unknown", "from", words.shortDay(date.from()));
        };
    }

    /** Where, as one plain sentence with the region's name ({@code region}, in the interface's language). */
    public static String where(LocationPrecision precision, String region, Messages words) {
        return words.get(switch (precision) {
            case SITE -> "where.site";
            case TOWN -> "where.town";
            case REGION -> "where.region";
        }, "region", region);
    }

    /** E.g. "412 km from X (geodesic distance from the launch area Y names)"; {@code originName} in the language. */
    public static String distance(double kilometres, LaunchSite origin, String originName, Messages words) {
        return words.get("note.distance", "km", words.number(Math.round(kilometres)), "origin", originName,
                "by", origin.by());
    }
}
