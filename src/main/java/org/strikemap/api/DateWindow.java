package org.strikemap.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.strikemap.map.TimeWindow;

/** The optional {@code from}/{@code to} query parameters as dates (null = open); rejects bad input with a 400. */
record DateWindow(LocalDate from, LocalDate to) {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    static DateWindow parse(String from, String to) {
        DateWindow window = new DateWindow(date("from", from), date("to", to));
        if (window.from() != null && window.to() != null && window.from().isAfter(window.to())) {
            throw ApiException.badRequest("from " + window.from() + " is after to " + window.to());
        }
        return window;
    }

    /** The same days as the map's window, so the API filters and counts by the map's time rule. */
    TimeWindow asTimeWindow() {
        return new TimeWindow(from, to);
    }

    private static LocalDate date(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (ISO_DATE.matcher(text).matches()) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException e) {
            // falls through to the same message as any other malformed date
        }
        throw ApiException.badRequest(name + ": '" + ApiException.shorten(text) + "' is not a date (expected YYYY-MM-DD)");
    }
}
