package org.strikemap.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The two bundles hold the same keys with the same placeholders, and every key the code asks for (the browser's
 * {@code word('…')}, the server's {@code getTranslation("…")} and {@code words.get("…")}) is in both.
 */
class I18nBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final Pattern JS_KEY = Pattern.compile("\\bword\\(\\s*'([^']+)'");
    private static final Pattern JAVA_KEY = Pattern.compile("(?:getTranslation|words\\.get)\\(\\s*\"([a-zA-Z0-9.\\-]+)\"\\s*[,)]");

    @Test
    void bothLanguagesHaveTheSameKeysAndPlaceholders() throws IOException {
        Properties english = bundle("messages.properties");
        Properties ukrainian = bundle("messages_uk.properties");
        assertThat(new TreeSet<>(ukrainian.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        TreeMap<String, String> differing = new TreeMap<>();
        for (String key : english.stringPropertyNames()) {
            if (!placeholders(english.getProperty(key)).equals(placeholders(ukrainian.getProperty(key)))) {
                differing.put(key, english.getProperty(key) + " | " + ukrainian.getProperty(key));
            }
        }
        assertThat(differing).isEmpty();
        assertThat(ukrainian.stringPropertyNames()).allSatisfy(key -> assertThat(ukrainian.getProperty(key)).isNotBlank());
    }

    @Test
    void everyKeyTheBrowserAsksForIsShippedInBothLanguages() throws IOException {
        Set<String> used = keys(Path.of("frontend"), ".js", JS_KEY);
        assertThat(used).contains("js.card.close", "js.timeline.play", "js.list.heading");
        Properties english = bundle("messages.properties");
        Properties ukrainian = bundle("messages_uk.properties");
        assertThat(used).allSatisfy(key -> {
            assertThat(key).startsWith(Messages.BROWSER_PREFIX);
            assertThat(english.stringPropertyNames()).contains(key);
            assertThat(ukrainian.stringPropertyNames()).contains(key);
        });
        assertThat(Messages.of(Languages.UKRAINIAN).forBrowser().keySet()).containsAll(used);
    }

    @Test
    void everyKeyTheServerAsksForIsInBothLanguages() throws IOException {
        Set<String> used = keys(Path.of("src/main/java"), ".java", JAVA_KEY);
        assertThat(used).contains("page.about", "count.onRecord", "key.dot");
        for (var language : Languages.ALL) {
            Messages words = Messages.of(language);
            assertThat(used).allSatisfy(key -> assertThat(words.all()).containsKey(key));
        }
    }

    @Test
    void datesAreWrittenTheLanguagesWay() {
        Messages uk = Messages.of(Languages.UKRAINIAN);
        Messages en = Messages.english();
        LocalDate day = LocalDate.of(2023, 12, 30);
        assertThat(en.day(day)).isEqualTo("30 December 2023");
        assertThat(en.shortDay(LocalDate.of(2024, 9, 7))).isEqualTo("7 Sep 2024");
        assertThat(uk.day(day)).isEqualTo("30 грудня 2023");
        assertThat(uk.month(day)).isEqualTo("грудень 2023");
        assertThat(uk.lateMonth(day)).isEqualTo("кінець грудня 2023");
        assertThat(uk.get("date.between", "from", uk.shortDay(day), "to", uk.shortDay(LocalDate.of(2024, 2, 7))))
                .isEqualTo("між 30 грудня 2023 і 7 лютого 2024");
    }

    @Test
    void theLanguageComesFromTheAddressThenTheBrowser() {
        assertThat(Languages.choose("uk", "en-GB,en;q=0.9")).isEqualTo(Languages.UKRAINIAN);
        assertThat(Languages.choose(null, "uk-UA,uk;q=0.9,en;q=0.8")).isEqualTo(Languages.UKRAINIAN);
        assertThat(Languages.choose("en", "uk")).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.choose("xx", "de-DE,de;q=0.9")).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.choose(null, ";;;q=bad")).isEqualTo(Languages.ENGLISH);
        // A language only a map's data gives: English words, its own tag and dates, so the data reads in it.
        assertThat(Messages.of(java.util.Locale.GERMAN).tag()).isEqualTo("de");
        assertThat(Messages.of(java.util.Locale.GERMAN).wordsTag()).isEqualTo("en");
        assertThat(Messages.of(java.util.Locale.GERMAN).get("page.about")).isEqualTo(Messages.english().get("page.about"));
        assertThat(Languages.choose("pl", "uk", java.util.List.of("en", "pl"))).isEqualTo(java.util.Locale.of("pl"));
        assertThat(Languages.choose(null, "pl-PL,pl;q=0.9", java.util.List.of("en", "pl"))).isEqualTo(java.util.Locale.of("pl"));
        assertThat(Languages.choose("pl", null, java.util.List.of("en"))).isEqualTo(Languages.ENGLISH);
    }

    private static Set<String> keys(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix) && !f.toString().contains("node_modules")).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static Properties bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
