package org.strikemap.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.strikemap.strike.DatePrecision;
import org.strikemap.strike.ReportedDate;

/**
 * How a file spells its dates, each spelling named as the mapping step offers it: {@code 2022-01-02} (also
 * {@code 2022-01}, a month, and a time after the day, which is dropped), {@code 02/01/2022} (day first),
 * {@code 01/02/2022} (month first), {@code 2.1.2022}, {@code 02-01-2022} and {@code 2 January 2022} (English month
 * names, as ACLED writes them). A date must lie in {@link #FIRST_YEAR}..{@link #LAST_YEAR}: a map's timeline steps
 * by day, and a year 0 or 99999 is a typo, not a strike. Limits: no two-digit years, no time zones.
 */
public enum DateSpelling {
    ISO("yyyy-mm-dd", "(\\d{4,})-(\\d{1,2})(?:-(\\d{1,2})(?:[T ].*)?)?"),
    DAY_FIRST("dd/mm/yyyy", "(\\d{1,2})/(\\d{1,2})/(\\d{4,})"),
    MONTH_FIRST("mm/dd/yyyy", "(\\d{1,2})/(\\d{1,2})/(\\d{4,})"),
    DOTTED("d.m.yyyy", "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4,})"),
    DASHED("dd-mm-yyyy", "(\\d{1,2})-(\\d{1,2})-(\\d{4,})"),
    MONTH_NAME("d month yyyy", "(\\d{1,2})[ -]([A-Za-z]+)[ -](\\d{4,})");

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;

    private final String label;
    private final Pattern pattern;

    DateSpelling(String label, String pattern) {
        this.label = label;
        this.pattern = Pattern.compile(pattern);
    }

    /** How the mapping step and a mapping file name it: "dd/mm/yyyy". */
    public String label() {
        return label;
    }

    public static Optional<DateSpelling> labelled(String label) {
        return Arrays.stream(values()).filter(spelling -> spelling.label.equals(label)).findFirst();
    }

    /**
     * {@code value} as a reported date (a day, or a month for "2022-01"); throws {@link IllegalArgumentException}
     * with the reason a person can act on.
     */
    public ReportedDate read(String value) {
        String text = value.strip();
        Matcher match = pattern.matcher(text);
        if (!match.matches()) {
            throw new IllegalArgumentException("date '" + text + "' is not spelled " + label);
        }
        int year;
        int month;
        Integer day;
        switch (this) {
            case ISO -> {
                year = number(match.group(1));
                month = number(match.group(2));
                day = match.group(3) == null ? null : number(match.group(3));
            }
            case MONTH_FIRST -> {
                month = number(match.group(1));
                day = number(match.group(2));
                year = number(match.group(3));
            }
            case MONTH_NAME -> {
                day = number(match.group(1));
                month = month(match.group(2), text);
                year = number(match.group(3));
            }
            default -> {
                day = number(match.group(1));
                month = number(match.group(2));
                year = number(match.group(3));
            }
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("date '" + text + "': the year " + year + " is outside " + FIRST_YEAR
                    + "–" + LAST_YEAR);
        }
        try {
            if (day == null) {
                LocalDate first = LocalDate.of(year, month, 1);
                return new ReportedDate(first, first.withDayOfMonth(first.lengthOfMonth()), DatePrecision.MONTH);
            }
            LocalDate date = LocalDate.of(year, month, day);
            return new ReportedDate(date, date, DatePrecision.DAY);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("date '" + text + "' is not a day of the calendar (" + label + ")");
        }
    }

    /** Whether {@code value} reads as a date in this spelling. */
    boolean reads(String value) {
        try {
            read(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The spelling that reads every one of {@code values} (empty ones aside), in the order above (so "02/01/2022" is
     * taken day first until a value shows otherwise); else the one that reads the most; ISO when there are none.
     */
    public static DateSpelling detect(List<String> values) {
        List<String> given = values.stream().filter(value -> value != null && !value.isBlank()).toList();
        DateSpelling best = ISO;
        long bestCount = -1;
        for (DateSpelling spelling : values()) {
            long count = given.stream().filter(spelling::reads).count();
            if (count == given.size()) {
                return spelling;
            }
            if (count > bestCount) {
                best = spelling;
                bestCount = count;
            }
        }
        return best;
    }

    private static int number(String digits) {
        // More digits than a year has (99999) still reads as a number, and is then refused for its year.
        return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }

    private static int month(String name, String text) {
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            String shortName = month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            if (full.equalsIgnoreCase(name) || shortName.equalsIgnoreCase(name)) {
                return month.getValue();
            }
        }
        throw new IllegalArgumentException("date '" + text + "': '" + name + "' is not an English month name");
    }
}
