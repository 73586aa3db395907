package org.strikemap.share;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.strikemap.map.TimeWindow;

/**
 * The view an address names, read by the one rule for {@code ?date=YYYY-MM-DD} (up to a day) or
 * {@code ?from=YYYY-MM-DD&to=YYYY-MM-DD} (a window; a missing end is the period's), {@code strike} and {@code region},
 * and written back ({@link #query}). Reading never fails: a value that is not a day, a day outside the period or a
 * reversed window is a {@link Problem} and the whole period is shown (as the window, when a window was asked for); a
 * window reaching past the period is cut to it, with a problem that says so. A blank value reads as none. The page
 * (ui.ViewState) and the picture (picture.PictureApi) read addresses here; the embed's script cannot ask the server,
 * so frontend/embed/address.js is the browser's copy, and both run src/test/resources/rules/address.json.
 * Limits: whether the strike and the region exist is the caller's to check; whole days only.
 *
 * @param strike the strike to open, or null
 * @param region the region to filter by, or null
 */
public record ViewAddress(TimeWindow window, String strike, String region, Optional<Problem> problem) {

    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** A value of only these reads as none (the embed's script says the same). */
    private static final Pattern BLANK = Pattern.compile("[ \\t\\r\\n]*");

    /**
     * What was wrong: {@code kind} names the words ({@code js.address.<kind>}: notADate, outside, windowNotADate,
     * reversed, windowOutside, windowCut); {@code values} fill them: the reader's text cut ({@link Echo}) and days as
     * ISO dates.
     */
    public record Problem(String kind, Map<String, String> values) {

        public Problem {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        /** The bundle key of its words. */
        public String key() {
            return "js.address." + kind;
        }

        /** The values as name/value pairs, for {@code Messages.get(key, pairs)}. */
        public Object[] nameValues() {
            return values.entrySet().stream().flatMap(entry -> Stream.of(entry.getKey(), entry.getValue()))
                    .toArray();
        }
    }

    /**
     * The view {@code parameter} (a parameter's first value, or null) names within the period {@code start..end}.
     */
    public static ViewAddress read(UnaryOperator<String> parameter, LocalDate start, LocalDate end) {
        String strike = value(parameter, "strike");
        String region = value(parameter, "region");
        String from = value(parameter, "from");
        String to = value(parameter, "to");
        if (from != null || to != null) {
            return window(from == null ? start.toString() : from, to == null ? end.toString() : to, start, end, strike, region);
        }
        String date = value(parameter, "date");
        if (date == null) {
            return new ViewAddress(TimeWindow.upTo(end), strike, region, Optional.empty());
        }
        if (!isDay(date)) {
            return problem(TimeWindow.upTo(end), strike, region, "notADate", "date", Echo.of(date));
        }
        LocalDate day = LocalDate.parse(date);
        if (day.isBefore(start) || day.isAfter(end)) {
            return problem(TimeWindow.upTo(end), strike, region, "outside", "date", date, "from", start.toString(),
                    "to", end.toString());
        }
        return new ViewAddress(TimeWindow.upTo(day), strike, region, Optional.empty());
    }

    private static ViewAddress window(String fromText, String toText, LocalDate start, LocalDate end, String strike,
                                      String region) {
        TimeWindow whole = TimeWindow.between(start, end);
        if (!isDay(fromText) || !isDay(toText)) {
            return problem(whole, strike, region, "windowNotADate", "date", Echo.of(isDay(fromText) ? toText : fromText));
        }
        LocalDate from = LocalDate.parse(fromText);
        LocalDate to = LocalDate.parse(toText);
        if (from.isAfter(to)) {
            return problem(whole, strike, region, "reversed", "from", fromText, "to", toText);
        }
        if (to.isBefore(start) || from.isAfter(end)) {
            return problem(whole, strike, region, "windowOutside", "from", fromText, "to", toText,
                    "start", start.toString(), "end", end.toString());
        }
        LocalDate cutFrom = from.isBefore(start) ? start : from;
        LocalDate cutTo = to.isAfter(end) ? end : to;
        TimeWindow cut = TimeWindow.between(cutFrom, cutTo);
        if (!cutFrom.equals(from) || !cutTo.equals(to)) {
            return problem(cut, strike, region, "windowCut", "from", fromText, "to", toText,
                    "cutFrom", cutFrom.toString(), "cutTo", cutTo.toString());
        }
        return new ViewAddress(cut, strike, region, Optional.empty());
    }

    /**
     * The address of this view, in {@link ViewQuery}'s order: {@code date} up to a day unless it is {@code lastDay}
     * (the view an address without a day opens on), or {@code from} and {@code to} for a window; {@code strike};
     * {@code region}.
     */
    public ViewQuery query(LocalDate lastDay) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (window.cumulative() && window.to() != null && !window.to().equals(lastDay)) {
            parameters.put("date", window.to().toString());
        }
        if (!window.cumulative()) {
            parameters.put("from", window.from().toString());
            parameters.put("to", window.to() == null ? "" : window.to().toString());
        }
        if (strike != null) {
            parameters.put("strike", strike);
        }
        if (region != null) {
            parameters.put("region", region);
        }
        return new ViewQuery(parameters);
    }

    /** A whole day written YYYY-MM-DD that the calendar has (no 30 February). */
    static boolean isDay(String text) {
        if (!ISO_DAY.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String value(UnaryOperator<String> parameter, String name) {
        String value = parameter.apply(name);
        return value == null || BLANK.matcher(value).matches() ? null : value;
    }

    private static ViewAddress problem(TimeWindow window, String strike, String region, String kind, String... values) {
        Map<String, String> named = new LinkedHashMap<>();
        for (int i = 0; i + 1 < values.length; i += 2) {
            named.put(values[i], values[i + 1]);
        }
        return new ViewAddress(window, strike, region, Optional.of(new Problem(kind, named)));
    }
}
