package org.strikemap.map;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days the map shows: "up to a day" (the cumulative timeline, open at its start) or a window "from – to", both
 * inclusive. One rule reads both ({@link StrikeMarks#stateIn}): up to d is the window with no start. The browser gets
 * it as {@link #time()}, the words its time-filter.js reads. Limits: whole days only.
 */
public record TimeWindow(LocalDate from, LocalDate to) {

    public TimeWindow {
        Objects.requireNonNull(to, "to");
        if (from != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the window starts " + from + ", after its end " + to);
        }
    }

    /** Everything up to and including {@code day}: the cumulative timeline. */
    public static TimeWindow upTo(LocalDate day) {
        return new TimeWindow(null, day);
    }

    public static TimeWindow between(LocalDate from, LocalDate to) {
        return new TimeWindow(Objects.requireNonNull(from, "from"), to);
    }

    /** Whether this is the cumulative "up to a day" (no start), rather than a from–to window. */
    public boolean cumulative() {
        return from == null;
    }

    /** As the browser's map and list take it: {@code 2024-01-02} up to a day, {@code 2023-12-30/2024-01-05} a window (ISO 8601 interval). */
    public String time() {
        return cumulative() ? to.toString() : from + "/" + to;
    }
}
