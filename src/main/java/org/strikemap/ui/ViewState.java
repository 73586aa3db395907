package org.strikemap.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strikemap.i18n.Messages;
import org.strikemap.map.TimeWindow;
import org.strikemap.share.Echo;

/**
 * What the URL says about a view: the timeline's day ({@code ?date=}) or from–to window ({@code ?from=&to=}), the
 * open strike and the region filter. Parsing never fails; problems come back as a message for the reader, and the
 * view falls back to the whole period (a window over the whole period when a window was asked for). The region and
 * strike are checked against the dataset by the page.
 */
public record ViewState(TimeWindow window, String strikeId, String region, Optional<String> problem) {

    public static ViewState from(QueryParameters query, LocalDate periodFrom, LocalDate periodTo) {
        return from(query, periodFrom, periodTo, Messages.english());
    }

    /** As {@link #from(QueryParameters, LocalDate, LocalDate)}, the problems told in {@code words}' language. */
    public static ViewState from(QueryParameters query, LocalDate periodFrom, LocalDate periodTo, Messages words) {
        Map<String, List<String>> parameters = query.getParameters();
        String strike = first(parameters, "strike");
        String region = first(parameters, "region");
        String from = first(parameters, "from");
        String to = first(parameters, "to");
        if (from != null || to != null) {
            return window(from, to, periodFrom, periodTo, words).withView(strike, region);
        }
        String date = first(parameters, "date");
        if (date == null) {
            return new ViewState(TimeWindow.upTo(periodTo), strike, region, Optional.empty());
        }
        try {
            LocalDate day = LocalDate.parse(date);
            if (day.isBefore(periodFrom) || day.isAfter(periodTo)) {
                return problem(TimeWindow.upTo(periodTo), words.get("page.dateOutside", "date", date,
                        "from", words.shortDay(periodFrom), "to", words.shortDay(periodTo))).withView(strike, region);
            }
            return new ViewState(TimeWindow.upTo(day), strike, region, Optional.empty());
        } catch (DateTimeParseException e) {
            // The reader's text, cut (Echo): a long value must not put words of its own on the page.
            return problem(TimeWindow.upTo(periodTo), words.get("page.dateBad", "date", Echo.of(date),
                    "period", period(periodFrom, periodTo, words))).withView(strike, region);
        }
    }

    /** A missing end is the period's; a window reaching past the period is cut to it; a bad or reversed one is the whole period. */
    private static ViewState window(String fromText, String toText, LocalDate periodFrom, LocalDate periodTo,
                                    Messages words) {
        TimeWindow whole = TimeWindow.between(periodFrom, periodTo);
        LocalDate from;
        LocalDate to;
        try {
            from = fromText == null ? periodFrom : LocalDate.parse(fromText);
            to = toText == null ? periodTo : LocalDate.parse(toText);
        } catch (DateTimeParseException e) {
            String bad = fromText != null && !parses(fromText) ? fromText : toText;
            return problem(whole, words.get("page.windowBad", "date", Echo.of(bad),
                    "period", period(periodFrom, periodTo, words)));
        }
        if (from.isAfter(to)) {
            return problem(whole, words.get("page.windowReversed", "from", words.shortDay(from), "to", words.shortDay(to)));
        }
        if (to.isBefore(periodFrom) || from.isAfter(periodTo)) {
            return problem(whole, words.get("page.windowOutside", "window", period(from, to, words),
                    "period", period(periodFrom, periodTo, words)));
        }
        if (from.isBefore(periodFrom) || to.isAfter(periodTo)) {
            LocalDate cutFrom = from.isBefore(periodFrom) ? periodFrom : from;
            LocalDate cutTo = to.isAfter(periodTo) ? periodTo : to;
            return problem(TimeWindow.between(cutFrom, cutTo), words.get("page.windowCut", "window", period(from, to, words),
                    "period", period(periodFrom, periodTo, words), "cut", period(cutFrom, cutTo, words)));
        }
        return new ViewState(TimeWindow.between(from, to), null, null, Optional.empty());
    }

    public ViewState withWindow(TimeWindow replacement) {
        return new ViewState(replacement, strikeId, region, Optional.empty());
    }

    public ViewState withStrike(String replacement) {
        return new ViewState(window, replacement, region, Optional.empty());
    }

    public ViewState withRegion(String replacement) {
        return new ViewState(window, strikeId, replacement, Optional.empty());
    }

    /** The query links keep, in {@code share.ViewQuery}'s order: {@code date} or {@code from}/{@code to}, strike, region. */
    public QueryParameters toQuery() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (window.cumulative()) {
            parameters.put("date", window.to().toString());
        }
        if (strikeId != null) {
            parameters.put("strike", strikeId);
        }
        if (!window.cumulative()) {
            parameters.put("from", window.from().toString());
            parameters.put("to", window.to().toString());
        }
        if (region != null) {
            parameters.put("region", region);
        }
        return QueryParameters.simple(parameters);
    }

    private ViewState withView(String strike, String regionCode) {
        return new ViewState(window, strike, regionCode, problem);
    }

    private static ViewState problem(TimeWindow window, String message) {
        return new ViewState(window, null, null, Optional.of(message));
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().findFirst().filter(s -> !s.isBlank()).orElse(null);
    }

    private static boolean parses(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String period(LocalDate from, LocalDate to, Messages words) {
        return words.shortDay(from) + " – " + words.shortDay(to);
    }

}
