package org.strikemap.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of one language from the bundles {@code i18n/messages*.properties} (UTF-8): a text by key, with named
 * placeholders ({@code {count}}) filled the same way the browser fills them, and dates written the language's way.
 * An unsupported locale gets English. Read once per language and shared; immutable.
 */
public final class Messages {

    /** The bundles' base name on the classpath. */
    public static final String BUNDLE = "i18n.messages";
    /** Keys the browser's components read (frontend/ui/words.js); the page ships only these. */
    public static final String BROWSER_PREFIX = "js.";

    private static final String DAY = "js.date.day";
    private static final String MONTHS = "js.date.months";
    private static final String SPAN = "js.date.window";

    private static final Map<Locale, Messages> LOADED = new ConcurrentHashMap<>();
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final String wordsLanguage;
    private final Map<String, String> texts;
    private final DateTimeFormatter day;
    private final List<String> months;
    private final DateTimeFormatter month;
    private final DateTimeFormatter lateMonth;

    private Messages(Locale locale) {
        this.locale = locale;
        // A language the interface does not speak (one a map's data gives) reads English words, its own dates.
        Locale words = Languages.named(locale.getLanguage()).orElse(Languages.ENGLISH);
        this.wordsLanguage = Languages.tag(words);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, words, Messages.class.getClassLoader(), NO_FALLBACK);
        Map<String, String> all = new TreeMap<>();
        for (String key : bundle.keySet()) {
            all.put(key, bundle.getString(key));
        }
        this.texts = Collections.unmodifiableMap(all);
        this.day = DateTimeFormatter.ofPattern(get("date.pattern.day"), locale);
        this.months = List.of(get(MONTHS).split(" "));
        if (months.size() != 12) {
            throw new IllegalStateException(BUNDLE + " for " + locale + ": " + MONTHS + " names " + months.size() + " months, not 12");
        }
        this.month = DateTimeFormatter.ofPattern(get("date.pattern.month"), locale);
        this.lateMonth = DateTimeFormatter.ofPattern(get("date.pattern.late"), locale);
    }

    /**
     * The words of {@code locale}'s language: an interface language's own, or for another language (one a map's data
     * is given in, chosen by {@link Languages#choose}) English words with that language's dates and tag, so the
     * map's data reads in it. Null is English.
     */
    public static Messages of(Locale locale) {
        Locale language = locale == null || locale.getLanguage().isEmpty() ? Languages.ENGLISH
                : Locale.of(locale.getLanguage());
        return LOADED.computeIfAbsent(language, Messages::new);
    }

    public static Messages english() {
        return of(Languages.ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    /** The language's tag ("en", "uk", "pl"), for {@code <html lang>}, addresses and the map's data words. */
    public String tag() {
        return Languages.tag(locale);
    }

    /** The language the interface's words are in: {@link #tag()} when the interface speaks it, else English. */
    public String wordsTag() {
        return wordsLanguage;
    }

    /** The text of {@code key}; a missing key is a programming error. */
    public String get(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new MissingResourceException("no text '" + key + "' for " + locale, BUNDLE, key);
        }
        return text;
    }

    /** The text of {@code key} with {@code {name}} placeholders filled: pairs of name and value. */
    public String get(String key, Object... nameValues) {
        return fill(get(key), nameValues);
    }

    /** Fills {@code {name}} placeholders of {@code template} with pairs of name and value. */
    public static String fill(String template, Object... nameValues) {
        String text = template;
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            text = text.replace("{" + nameValues[i] + "}", String.valueOf(nameValues[i + 1]));
        }
        return text;
    }

    /** Every key and text. */
    public Map<String, String> all() {
        return texts;
    }

    /** The texts the browser reads: keys starting with {@link #BROWSER_PREFIX}. */
    public Map<String, String> forBrowser() {
        Map<String, String> browser = new TreeMap<>();
        texts.forEach((key, text) -> {
            if (key.startsWith(BROWSER_PREFIX)) {
                browser.put(key, text);
            }
        });
        return browser;
    }

    /** "2 January 2024", "2 січня 2024". */
    public String day(LocalDate date) {
        return day.format(date);
    }

    /**
     * "2 Jan 2024", "2 січня 2024": the day label the timeline, the list and the server's sentences share. Its words
     * are data ({@code js.date.day}, {@code js.date.months}) that frontend/ui/day-labels.js fills the same way.
     */
    public String shortDay(LocalDate date) {
        return get(DAY, "day", date.getDayOfMonth(), "month", months.get(date.getMonthValue() - 1), "year", date.getYear());
    }

    /** "30 Dec 2023 – 5 Jan 2024": a from–to span of two {@link #shortDay} labels ({@code js.date.window}). */
    public String shortSpan(LocalDate from, LocalDate to) {
        return get(SPAN, "from", shortDay(from), "to", shortDay(to));
    }

    /** "January 2024", "січень 2024". */
    public String month(LocalDate date) {
        return month.format(date);
    }

    /** "late January 2024", "кінець січня 2024". */
    public String lateMonth(LocalDate date) {
        return lateMonth.format(date);
    }

    /** A number as the language groups digits ("1,234", "1 234"). */
    public String number(long value) {
        return String.format(locale, "%,d", value);
    }
}
