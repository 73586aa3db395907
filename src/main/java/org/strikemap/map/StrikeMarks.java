package org.strikemap.map;

import java.time.LocalDate;
import org.strikemap.leaflet.MarkerSymbol;
import org.strikemap.strike.DatePrecision;
import org.strikemap.strike.LocationPrecision;
import org.strikemap.strike.ReportedDate;
import org.strikemap.strike.StrikeStatus;

/**
 * How a strike is drawn, decided once, each from the smallest values it needs. The server writes each answer into
 * the strike's feature properties ({@link #SYMBOL}, {@link #FADED}, {@link #VISIBLE_FROM}, {@link #ON_RECORD_FROM},
 * {@link #COUNTED}); the browser only reads them, so these rules have no browser copy. The days feed the time rule
 * ({@link TimeWindow#stateOf}), which the browser does apply itself (time-filter.js) at every step of the timeline.
 */
public final class StrikeMarks {

    public static final String SYMBOL = "symbol";
    public static final String FADED = "faded";
    /** ISO date from which the mark shows: the first day of its span. */
    public static final String VISIBLE_FROM = "visibleFrom";
    /**
     * ISO date from which a shown strike is on record (its date span has ended): the last day of its span, or null
     * when its end is unknown and it stays only possible; before it the browser draws the mark as a ghost.
     */
    public static final String ON_RECORD_FROM = "onRecordFrom";
    /** Whether the strike counts as one of the located attacks (the count sentence, the region shading). */
    public static final String COUNTED = "counted";

    private StrikeMarks() {
    }

    /** Shape says what kind of place it is: under investigation, only a region known, or a town or site. */
    public static MarkerSymbol symbolOf(StrikeStatus status, LocationPrecision precision) {
        if (status == StrikeStatus.UNDER_INVESTIGATION) {
            return MarkerSymbol.DIAMOND;
        }
        return precision == LocationPrecision.REGION ? MarkerSymbol.RING : MarkerSymbol.DOT;
    }

    /** A date vaguer than a day draws the mark lighter. */
    public static boolean faded(DatePrecision precision) {
        return precision != DatePrecision.DAY;
    }

    /** A strike shows from the first day it could have happened. */
    public static LocalDate visibleFrom(ReportedDate date) {
        return date.from();
    }

    /** The first day the whole date span has ended, or null when the end is unknown. */
    public static LocalDate onRecordFrom(ReportedDate date) {
        return date.to();
    }

    /** Whether a strike of this status is counted: {@link StrikeStatus#countsAsAttack()}. */
    public static boolean counted(StrikeStatus status) {
        return status.countsAsAttack();
    }
}
