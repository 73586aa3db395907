package org.strikemap.map;

import java.time.LocalDate;
import java.util.Objects;
import org.strikemap.strike.ReportedDate;

/**
 * The days the map shows, and the one time rule that says what a dated thing is in them ({@link #stateOf}). "Up to a
 * day" (the cumulative timeline) is the window open at its start; a from–to window has both ends; the API may leave
 * either end open. Both ends are inclusive. The browser gets the window as {@link #time()} and applies the same rule
 * in frontend/leaflet-map/time-filter.js (stateIn): code on both sides, so one table of cases
 * (src/test/resources/rules/time-rule.json) runs against this class in JUnit and against time-filter.js in
 * {@code node --test}. Limits: whole days only.
 */
public record TimeWindow(LocalDate from, LocalDate to) {

    /** Every day: nothing left out. */
    public static final TimeWindow ALL_TIME = new TimeWindow(null, null);

    public TimeWindow {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the window starts " + from + ", after its end " + to);
        }
    }

    /** Everything up to and including {@code day}: the cumulative timeline. */
    public static TimeWindow upTo(LocalDate day) {
        return new TimeWindow(null, Objects.requireNonNull(day, "day"));
    }

    public static TimeWindow between(LocalDate from, LocalDate to) {
        return new TimeWindow(Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"));
    }

    /** Whether this is "up to a day" (no start), rather than a from–to window. */
    public boolean cumulative() {
        return from == null;
    }

    /**
     * As the browser's map and list take it: {@code 2024-01-02} up to a day, {@code 2023-12-30/2024-01-05} a window
     * (ISO 8601 interval); an open end is left empty ({@code ""} is all of time).
     */
    public String time() {
        String end = to == null ? "" : to.toString();
        return cumulative() ? end : from + "/" + end;
    }

    /**
     * The time rule for something that may have happened on any day from {@code first} to {@code last} (null: no
     * end known, it never ends). {@link DayState#RECORD}: the whole span lies inside the window (on record by the
     * day, for "up to a day"); {@link DayState#POSSIBLE}: the span meets the window without lying inside it (an
     * unknown end meets every window from its start on); {@link DayState#NONE}: it does not meet the window.
     */
    public DayState stateOf(LocalDate first, LocalDate last) {
        Objects.requireNonNull(first, "first");
        boolean begunInTime = to == null || !first.isAfter(to);
        boolean notOverBefore = from == null || last == null || !last.isBefore(from);
        if (!begunInTime || !notOverBefore) {
            return DayState.NONE;
        }
        boolean startsInside = from == null || !first.isBefore(from);
        boolean endsInside = last != null && (to == null || !last.isAfter(to));
        return startsInside && endsInside ? DayState.RECORD : DayState.POSSIBLE;
    }

    /** {@link #stateOf(LocalDate, LocalDate)} of a reported date's span. */
    public DayState stateOf(ReportedDate date) {
        return stateOf(date.from(), date.to());
    }
}
