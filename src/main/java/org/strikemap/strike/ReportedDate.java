package org.strikemap.strike;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * When a strike happened, as far as the reports allow: inclusive bounds and how precise they are.
 * {@code to} is null only for {@link DatePrecision#UNKNOWN} (no end known). The constructor enforces the
 * conventions of strikes.csv: a day is one date, a month runs from its first to its last day, "late" a
 * month from the 21st to its last day. What a date is on a day or in a window (on record, possible, not shown) is
 * the map's time rule, {@code map.TimeWindow#stateOf}.
 */
public record ReportedDate(LocalDate from, LocalDate to, DatePrecision precision) {

    private static final int LATE_MONTH_FIRST_DAY = 21;

    public ReportedDate {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(precision, "precision");
        if (precision == DatePrecision.UNKNOWN) {
            if (to != null) {
                throw new IllegalArgumentException("an unknown date has no end date, but got " + to);
            }
        } else if (to == null) {
            throw new IllegalArgumentException("a " + precision.code() + " date needs an end date");
        } else if (to.isBefore(from)) {
            throw new IllegalArgumentException("the start " + from + " is after the end " + to);
        }
        switch (precision) {
            case DAY -> require(from.equals(to), "a day date starts and ends on the same day, not " + from + ".." + to);
            case MONTH -> require(from.getDayOfMonth() == 1 && sameMonthEndingOnLastDay(from, to),
                    "a month date runs from the first to the last day of one month, not " + from + ".." + to);
            case LATE_MONTH -> require(from.getDayOfMonth() == LATE_MONTH_FIRST_DAY && sameMonthEndingOnLastDay(from, to),
                    "a late-month date runs from the 21st to the last day of one month, not " + from + ".." + to);
            case PERIOD, UNKNOWN -> {
            }
        }
    }

    /** One day. */
    public static ReportedDate day(LocalDate day) {
        return new ReportedDate(day, day, DatePrecision.DAY);
    }

    /** A whole month, its first to its last day. */
    public static ReportedDate month(YearMonth month) {
        return new ReportedDate(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH);
    }

    /** Late in a month: the 21st to its last day. */
    public static ReportedDate lateMonth(YearMonth month) {
        return new ReportedDate(month.atDay(LATE_MONTH_FIRST_DAY), month.atEndOfMonth(), DatePrecision.LATE_MONTH);
    }

    /**
     * The span {@code precision} makes of what an editor gives: the day {@code from} for a day, the month {@code from}
     * falls in for a month or late month, {@code from..to} for a period, and {@code from} with no end when unknown.
     * Throws {@link IllegalArgumentException} as the constructor does.
     */
    public static ReportedDate of(DatePrecision precision, LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        return switch (precision) {
            case DAY -> day(from);
            case MONTH -> month(YearMonth.from(from));
            case LATE_MONTH -> lateMonth(YearMonth.from(from));
            case PERIOD -> new ReportedDate(from, to, DatePrecision.PERIOD);
            case UNKNOWN -> new ReportedDate(from, null, DatePrecision.UNKNOWN);
        };
    }

    private static boolean sameMonthEndingOnLastDay(LocalDate from, LocalDate to) {
        return from.getYear() == to.getYear() && from.getMonth() == to.getMonth() && to.getDayOfMonth() == to.lengthOfMonth();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
