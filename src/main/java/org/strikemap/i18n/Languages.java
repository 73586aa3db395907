package org.strikemap.i18n;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the interface speaks ({@link #ALL}: adding one is its bundle and its tag in that list), and how a
 * request picks a language: {@code ?lang=} first, then the browser's {@code Accept-Language}, then English. A map
 * may be read in more languages than the interface speaks: those its data gives (its title's); the interface's words
 * are then English. Limits: language only, no regional variants.
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
        return named(tag, ALL);
    }

    private static Optional<Locale> named(String tag, List<Locale> among) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return among.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
    }

    /** The language the reader wants: {@code parameter} if it names one, else the best of {@code acceptLanguage}. */
    public static Locale choose(String parameter, String acceptLanguage) {
        return choose(parameter, acceptLanguage, List.of());
    }

    /** As {@link #choose(String, String)}, from the interface's languages and {@code dataLanguages} (tags). */
    public static Locale choose(String parameter, String acceptLanguage, Collection<String> dataLanguages) {
        List<Locale> offered = offered(dataLanguages);
        return named(parameter, offered).or(() -> accepted(acceptLanguage, offered)).orElse(ENGLISH);
    }

    /** The language {@code tag} names among the interface's and {@code dataLanguages}, if any. */
    public static Optional<Locale> named(String tag, Collection<String> dataLanguages) {
        return named(tag, offered(dataLanguages));
    }

    /** Every language a map with {@code dataLanguages} is offered in: the interface's, then the data's others. */
    public static List<Locale> offered(Collection<String> dataLanguages) {
        List<Locale> offered = new ArrayList<>(ALL);
        for (String tag : dataLanguages) {
            Locale locale = Locale.of(tag);
            if (offered.stream().noneMatch(known -> known.getLanguage().equals(locale.getLanguage()))) {
                offered.add(locale);
            }
        }
        return List.copyOf(offered);
    }

    /** The best supported language of an {@code Accept-Language} header; a malformed header counts as none. */
    public static Optional<Locale> accepted(String acceptLanguage) {
        return accepted(acceptLanguage, ALL);
    }

    private static Optional<Locale> accepted(String acceptLanguage, List<Locale> among) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 500) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            return Optional.ofNullable(Locale.lookup(ranges, among));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** The tag of {@code locale} as pages and addresses write it ("en", "uk"). */
    public static String tag(Locale locale) {
        return locale.getLanguage();
    }
}
