package org.strikemap.share;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.i18n.Languages;
import org.strikemap.map.TimeWindow;

/**
 * The view an address names, read by the one rule for {@code ?date=YYYY-MM-DD} (up to a day) or
 * {@code ?from=YYYY-MM-DD&to=YYYY-MM-DD} (a window; a missing end is the period's), {@code strike} and {@code region},
 * and written back ({@link #query}). Reading never fails: a value that is not a day, a day outside the period or a
 * reversed window is a {@link Problem} and the whole period is shown (as the window, when a window was asked for); a
 * window reaching past the period is cut to it, with a problem that says so. A blank value reads as none. The page
 * (ui.ViewState) and the picture (picture.PictureApi) read addresses here; the embed's script cannot ask the server,
 * so frontend/embed/address.js is the browser's copy, and both run src/test/resources/rules/address.json.
 * <p>
 * {@link #check} is the same reading made strict against one map ({@link Known}), the one every page, the picture,
 * oEmbed and the busy page share: a value is taken exactly as sent (a stray space or another script's digits is not a
 * day), a strike or region must be the map's, a language one the map is offered in, named by a well-formed tag. What
 * passes goes into links ({@link Checked#valid()}); what fails is a {@link Refusal} the caller words (a page explains
 * it, the picture answers 400) and never reaches a link.
 * Limits: {@link #read} leaves whether the strike and the region exist to the caller; whole days only.
 *
 * @param strike the strike to open, or null
 * @param region the region to filter by, or null
 */
public record ViewAddress(TimeWindow window, String strike, String region, Optional<Problem> problem) {

    private static final Pattern ISO_DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}");
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

    /** Why {@link #check} refused a value. */
    public enum Reason { NOT_A_DAY, OUTSIDE_PERIOD, NO_SUCH_STRIKE, NO_SUCH_REGION, NOT_A_LANGUAGE, NOT_THIS_VERSION }

    /** A refused value: its parameter, the value as sent, and why. {@link #echo()} is what a message may quote. */
    public record Refusal(String name, String value, Reason reason) {

        public String echo() {
            return Echo.of(value);
        }
    }

    /**
     * An address read strictly against one map: the view it names ({@link #read}), the values links keep, and the
     * refusals in {@link ViewQuery#NAMES}' order.
     */
    public record Checked(ViewAddress address, ViewQuery valid, List<Refusal> refused) {

        public Optional<Refusal> refusal(String name) {
            return refused.stream().filter(refusal -> refusal.name().equals(name)).findFirst();
        }
    }

    /**
     * What one map, at the version shown, knows: its period (null ends when it has none), strikes, regions, the data's
     * languages, and its version (the one a {@code version} parameter may pin).
     */
    public record Known(LocalDate first, LocalDate last, Predicate<String> strike, Predicate<String> region,
                        Collection<String> languages, String version) {

        public static Known of(LoadedDataset map) {
            return new Known(map.sources().overview().periodFrom(), map.sources().overview().periodTo(),
                    id -> map.strikes().find(id).isPresent(), code -> map.regions().find(code).isPresent(),
                    map.description().languages(), map.version());
        }
    }

    /** The view parameters {@code parameter} gives (a parameter's first value, or null), read against {@code known}. */
    public static Checked check(UnaryOperator<String> parameter, Known known) {
        Map<String, String> valid = new HashMap<>();
        List<Refusal> refused = new ArrayList<>();
        for (String name : ViewQuery.NAMES) {
            String value = value(parameter, name);
            if (value == null) {
                continue;
            }
            Optional<Reason> reason = reason(name, value, known);
            reason.ifPresentOrElse(why -> refused.add(new Refusal(name, value, why)), () -> valid.put(name, value));
        }
        ViewAddress address = known.first() == null
                ? new ViewAddress(TimeWindow.ALL_TIME, valid.get("strike"), valid.get("region"), Optional.empty())
                : read(parameter, known.first(), known.last());
        return new Checked(address, new ViewQuery(valid), List.copyOf(refused));
    }

    /** As {@link #check(UnaryOperator, Known)}, from a raw (encoded) query string; null reads as empty. */
    public static Checked check(String rawQuery, Known known) {
        Map<String, String> values = new HashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int equals = pair.indexOf('=');
                Optional<String> name = decode(equals < 0 ? pair : pair.substring(0, equals));
                Optional<String> value = equals < 0 ? Optional.of("") : decode(pair.substring(equals + 1));
                // A value whose escapes do not decode is refused like any other bad value: kept, to be checked.
                name.ifPresent(n -> values.putIfAbsent(n, value.orElse(pair.substring(equals + 1))));
            }
        }
        return check(values::get, known);
    }

    /** The day {@code text} names when it is written {@code YYYY-MM-DD} in ASCII digits, as sent. */
    public static Optional<LocalDate> day(String text) {
        return text != null && isDay(text) ? Optional.of(LocalDate.parse(text)) : Optional.empty();
    }

    /**
     * The language a well-formed tag ({@code en}, {@code UK}, {@code uk-UA}) names among the interface's and
     * {@code dataLanguages}; nothing for a malformed tag ({@code uk_UA}, {@code " uk"}, {@code uk%00}).
     */
    public static Optional<Locale> language(String tag, Collection<String> dataLanguages) {
        return tag != null && LANGUAGE_TAG.matcher(tag).matches() ? Languages.named(tag, dataLanguages) : Optional.empty();
    }

    /**
     * The language a reader of a map with {@code dataLanguages} gets: the address's {@code lang} when it passes
     * {@link #language}, else the best of the browser's {@code Accept-Language}, else English. A refused {@code lang}
     * is the page's to explain.
     */
    public static Locale chosenLanguage(String parameter, String acceptLanguage, Collection<String> dataLanguages) {
        return language(parameter, dataLanguages).orElseGet(() -> Languages.choose(null, acceptLanguage, dataLanguages));
    }

    private static Optional<Reason> reason(String name, String value, Known known) {
        return switch (name) {
            case "date" -> day(value).map(day -> known.first() != null
                    && (day.isBefore(known.first()) || day.isAfter(known.last()))
                    ? Optional.of(Reason.OUTSIDE_PERIOD) : Optional.<Reason>empty()).orElse(Optional.of(Reason.NOT_A_DAY));
            case "from", "to" -> day(value).isPresent() ? Optional.empty() : Optional.of(Reason.NOT_A_DAY);
            case "strike" -> known.strike().test(value) ? Optional.empty() : Optional.of(Reason.NO_SUCH_STRIKE);
            case "region" -> known.region().test(value) ? Optional.empty() : Optional.of(Reason.NO_SUCH_REGION);
            case Languages.PARAMETER -> language(value, known.languages()).isPresent() ? Optional.empty()
                    : Optional.of(Reason.NOT_A_LANGUAGE);
            // The version shown was looked up from the address first (map.ShownMaps, 404 when unknown).
            case "version" -> value.equals(known.version()) ? Optional.empty() : Optional.of(Reason.NOT_THIS_VERSION);
            default -> throw new IllegalArgumentException("not a view parameter: " + name);
        };
    }

    private static Optional<String> decode(String text) {
        try {
            return Optional.of(URLDecoder.decode(text, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
