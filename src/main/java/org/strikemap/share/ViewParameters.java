package org.strikemap.share;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.i18n.Languages;

/**
 * The one strict reading of the view parameters an address may carry ({@link ViewQuery#NAMES}), shared by every
 * reader of them: the pages ({@code /}, {@code /embed}), the picture ({@code /embed.png}) and oEmbed. A value is
 * taken exactly as sent, never trimmed or read with another script's digits: a day is {@code YYYY-MM-DD} in ASCII
 * digits (and {@code date} a day of the period), a strike or region one the dataset has, a language one the
 * interface speaks, named by a well-formed tag ({@code en}, {@code uk}, {@code uk-UA}). What passes goes into links
 * ({@link Checked#valid()}); what fails is a {@link Refusal} the caller words in its own way (a page explains it, the
 * picture answers 400), and never reaches a link. Limits: a window reaching past the period is not refused here
 * (pages cut it, the picture refuses it); repeated parameters are read by the caller's own first-value rule.
 */
public final class ViewParameters {

    private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,18}");

    /** Why a value was refused. */
    public enum Reason { NOT_A_DAY, OUTSIDE_PERIOD, NO_SUCH_STRIKE, NO_SUCH_REGION, NOT_A_LANGUAGE }

    /** A refused value: its parameter, the value as sent, and why. {@link #echo()} is what a message may quote. */
    public record Refusal(String name, String value, Reason reason) {

        public String echo() {
            return Echo.of(value);
        }
    }

    /** What the address asked for, split into the values links keep and the refusals. */
    public record Checked(ViewQuery valid, List<Refusal> refused) {

        public Optional<Refusal> refusal(String name) {
            return refused.stream().filter(refusal -> refusal.name().equals(name)).findFirst();
        }
    }

    /** What the dataset on show knows: its strikes, its regions and its period. */
    public record Known(Predicate<String> strike, Predicate<String> region, LocalDate first, LocalDate last) {

        public static Known of(LoadedDataset dataset) {
            return new Known(id -> dataset.strikes().find(id).isPresent(), code -> dataset.regions().find(code).isPresent(),
                    dataset.sources().overview().periodFrom(), dataset.sources().overview().periodTo());
        }
    }

    private ViewParameters() {
    }

    /** The view parameters of a request, {@code parameter} giving a parameter's (first) value or null. */
    public static Checked check(UnaryOperator<String> parameter, Known known) {
        Map<String, String> valid = new HashMap<>();
        List<Refusal> refused = new ArrayList<>();
        for (String name : ViewQuery.NAMES) {
            String value = parameter.apply(name);
            if (value == null || value.isEmpty()) {
                continue;
            }
            Optional<Reason> reason = reason(name, value, known);
            if (reason.isPresent()) {
                refused.add(new Refusal(name, value, reason.get()));
            } else {
                valid.put(name, value);
            }
        }
        return new Checked(new ViewQuery(valid), List.copyOf(refused));
    }

    /** The view parameters of a raw (encoded) query string, e.g. {@code URI.getRawQuery()}; null reads as empty. */
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

    /** A day written {@code YYYY-MM-DD} in ASCII digits, as sent; empty for anything else. */
    public static Optional<LocalDate> day(String text) {
        if (text == null || !DAY.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The language a well-formed tag names, if the interface speaks it ({@code en}, {@code UK}, {@code uk-UA}). */
    public static Optional<Locale> language(String tag) {
        return tag != null && LANGUAGE_TAG.matcher(tag).matches() ? Languages.named(tag) : Optional.empty();
    }

    /**
     * The language a reader gets: the address's {@code lang} when it passes {@link #language}, else the best of the
     * browser's {@code Accept-Language}, else the default. A refused {@code lang} is explained by the page.
     */
    public static Locale chosenLanguage(String parameter, String acceptLanguage) {
        return language(parameter).orElseGet(() -> Languages.choose(null, acceptLanguage));
    }

    /** A whole number written in ASCII digits only (at most 18 of them), as sent. */
    public static Optional<Long> wholeNumber(String text) {
        return text != null && WHOLE_NUMBER.matcher(text).matches() ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }

    private static Optional<Reason> reason(String name, String value, Known known) {
        return switch (name) {
            case "date" -> day(value).map(day -> known.first() != null
                    && (day.isBefore(known.first()) || day.isAfter(known.last()))
                    ? Optional.of(Reason.OUTSIDE_PERIOD) : Optional.<Reason>empty()).orElse(Optional.of(Reason.NOT_A_DAY));
            case "from", "to" -> day(value).isPresent() ? Optional.empty() : Optional.of(Reason.NOT_A_DAY);
            case "strike" -> known.strike().test(value) ? Optional.empty() : Optional.of(Reason.NO_SUCH_STRIKE);
            case "region" -> known.region().test(value) ? Optional.empty() : Optional.of(Reason.NO_SUCH_REGION);
            case "lang" -> language(value).isPresent() ? Optional.empty() : Optional.of(Reason.NOT_A_LANGUAGE);
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
