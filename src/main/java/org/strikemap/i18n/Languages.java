package org.strikemap.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the interface speaks, and how a request picks one: {@code ?lang=} first, then the browser's
 * {@code Accept-Language}, then English. Limits: language only, no regional variants.
 */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale UKRAINIAN = Locale.of("uk");
    /** Every supported language, the default first. */
    public static final List<Locale> ALL = List.of(ENGLISH, UKRAINIAN);
    /** The address parameter that names a language. */
    public static final String PARAMETER = "lang";

    private Languages() {
    }

    /** The supported language {@code tag} names ("uk", "uk-UA", "EN"), if any. */
    public static Optional<Locale> named(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return ALL.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
    }

    /** The language the reader wants: {@code parameter} if it names one, else the best of {@code acceptLanguage}. */
    public static Locale choose(String parameter, String acceptLanguage) {
        return named(parameter).or(() -> accepted(acceptLanguage)).orElse(ENGLISH);
    }

    /** The best supported language of an {@code Accept-Language} header; a malformed header counts as none. */
    public static Optional<Locale> accepted(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 500) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            return Optional.ofNullable(Locale.lookup(ranges, ALL));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** The tag of {@code locale} as pages and addresses write it ("en", "uk"). */
    public static String tag(Locale locale) {
        return locale.getLanguage();
    }
}
