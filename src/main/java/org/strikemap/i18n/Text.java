package org.strikemap.i18n;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A word or sentence of a map's data in one or more languages, keyed by BCP 47 language tag ("en", "uk", "pl"); the
 * first entry is the data's own language, which every other falls back to. The data decides which languages exist:
 * no code names one. Immutable. Limits: a language tag is a primary subtag with optional subtags, lower case.
 */
public record Text(Map<String, String> byLanguage) {

    /** How a language tag is written in the files' column names ({@code place_uk}) and in stored texts. */
    public static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})*");

    public Text {
        if (byLanguage.isEmpty()) {
            throw new IllegalArgumentException("a text needs at least its own language");
        }
        Map<String, String> copy = new LinkedHashMap<>();
        byLanguage.forEach((tag, words) -> {
            if (!TAG.matcher(tag).matches()) {
                throw new IllegalArgumentException("'" + tag + "' is not a language tag");
            }
            copy.put(tag, Objects.requireNonNull(words, tag));
        });
        byLanguage = Collections.unmodifiableMap(copy);
    }

    /** The words in one language only. */
    public static Text of(String language, String words) {
        return new Text(Map.of(language, words));
    }

    /** Null for null words, so optional fields stay optional. */
    public static Text ofNullable(String language, String words) {
        return words == null ? null : of(language, words);
    }

    /** The data's own language: the tag of the first entry. */
    public String original() {
        return byLanguage.keySet().iterator().next();
    }

    /** The words in the data's own language. */
    public String words() {
        return byLanguage.get(original());
    }

    /** The words in {@code language}, or in the data's own language when it gives none in that one. */
    public String in(String language) {
        return byLanguage.getOrDefault(language, words());
    }

    /** The language {@link #in(String)} answers in: {@code language} when given, else the data's own. */
    public String languageOf(String language) {
        return byLanguage.containsKey(language) ? language : original();
    }

    public boolean has(String language) {
        return byLanguage.containsKey(language);
    }

    public Set<String> languages() {
        return byLanguage.keySet();
    }

    /** This text with {@code words} in {@code language} added (or replaced). */
    public Text with(String language, String words) {
        Map<String, String> more = new LinkedHashMap<>(byLanguage);
        more.put(language, words);
        return new Text(more);
    }

    @Override
    public String toString() {
        return words();
    }
}
