package org.strikemap.map;

import java.time.LocalDate;
import org.strikemap.leaflet.MarkerSymbol;
import org.strikemap.strike.DatePrecision;
import org.strikemap.strike.LocationPrecision;
import org.strikemap.strike.ReportedDate;
import org.strikemap.strike.Strike;
import org.strikemap.strike.StrikeStatus;

/**
 * The one definition of how a strike is drawn and when it shows. The server writes each answer into the strike's
 * feature properties ({@link #SYMBOL}, {@link #FADED}, {@link #VISIBLE_FROM}, {@link #ON_RECORD_FROM}, {@link #COUNTED});
 * the browser only reads them (time-filter.js compares the days), and the server's picture asks this class. A browser
 * test checks that both sides agree on every day and on a set of from–to windows ({@link #stateIn}).
 */
public final class StrikeMarks {

    public static final String SYMBOL = "symbol";
    public static final String FADED = "faded";
    /** ISO date from which the mark shows; the browser shows a feature when this is on or before the map's day. */
    public static final String VISIBLE_FROM = "visibleFrom";
    /**
     * ISO date from which a shown strike is on record (its date span has ended), or null when its end is unknown and
     * it stays only possible; before it the browser draws the mark as a ghost.
     */
    public static final String ON_RECORD_FROM = "onRecordFrom";
    /** Whether the strike counts as one of the located attacks (the count sentence, the region shading). */
    public static final String COUNTED = "counted";

    private StrikeMarks() {
    }

    /** Shape says what kind of place it is: under investigation, only a region known, or a town or site. */
    public static MarkerSymbol symbolOf(Strike strike) {
        if (strike.status() == StrikeStatus.UNDER_INVESTIGATION) {
            return MarkerSymbol.DIAMOND;
        }
        return strike.location().precision() == LocationPrecision.REGION ? MarkerSymbol.RING : MarkerSymbol.DOT;
    }

    /** A date vaguer than a day draws the mark lighter. */
    public static boolean faded(Strike strike) {
        return strike.date().precision() != DatePrecision.DAY;
    }

    /** A strike shows from the first day it could have happened. */
    public static LocalDate visibleFrom(Strike strike) {
        return strike.date().from();
    }

    /** The first day the whole date span has ended, or null when the end is unknown. */
    public static LocalDate onRecordFrom(Strike strike) {
        return strike.date().to();
    }

    public static boolean visibleOn(Strike strike, LocalDate day) {
        return stateOn(strike, day).shown();
    }

    /** Up to {@code day}: not shown before its span begins, possible while the span runs, on record once it has ended. */
    public static DayState stateOn(Strike strike, LocalDate day) {
        return stateIn(strike, TimeWindow.upTo(day));
    }

    /**
     * The one time rule. {@link DayState#RECORD}: the whole date span lies inside the window (on record, for the
     * cumulative window); {@link DayState#POSSIBLE}: the span meets the window but is not inside it (an unknown end
     * meets every window from its start on); {@link DayState#NONE}: it does not meet the window. time-filter.js's
     * stateIn is the browser's copy, and a browser test checks they agree.
     */
    public static DayState stateIn(Strike strike, TimeWindow window) {
        ReportedDate date = strike.date();
        if (!date.overlaps(window.from(), window.to())) {
            return DayState.NONE;
        }
        boolean startsInside = window.from() == null || !date.from().isBefore(window.from());
        boolean endsInside = date.to() != null && !date.to().isAfter(window.to());
        return startsInside && endsInside ? DayState.RECORD : DayState.POSSIBLE;
    }

    public static boolean counted(Strike strike) {
        return strike.reported();
    }
}
