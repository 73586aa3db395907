package org.strikemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.strikemap.ingest.DatasetFiles;
import org.strikemap.testing.SeedMapBrowserTest;
import org.strikemap.testing.View;

/**
 * The page and the embed in Ukrainian, in headless Chromium: chosen by {@code ?lang=uk} or by the browser's
 * language, worded from the Ukrainian bundle and the data's Ukrainian names, quotes kept in English and marked so,
 * and the EN | UK switch keeping the view. Expectations are read from data/ and the bundle, not from the app.
 */
class UkrainianBrowserTest extends SeedMapBrowserTest {

    private static final String KHARKIV_STRIKE = "kharkiv-2024-01-02";

    @Test
    void langUkShowsTheWholePageInUkrainian() throws IOException {
        Properties uk = MapViewTest.bundle("messages_uk.properties");
        Page page = open("/?lang=uk&date=2024-01-05");
        assertThat(page.getAttribute("html", "lang")).isEqualTo("uk");
        assertThat(page.locator("header h1").innerText()).isEqualTo(dataset().get("title_uk"));
        assertThat(page.title()).startsWith(dataset().get("title_uk"));
        Locator timeline = page.locator("strike-timeline");
        assertThat(timeline.locator("#slider").getAttribute("aria-label")).isEqualTo(uk.getProperty("js.timeline.slider"));
        assertThat(timeline.locator("#count").innerText()).startsWith(prefix(uk.getProperty("count.onRecord")));
        assertThat(timeline.locator("#current").innerText()).isEqualTo("До 5 січня 2024");
        assertThat(page.locator(".sm-list h2").innerText()).isEqualTo(uk.getProperty("js.list.heading"));
        assertThat(page.locator(".sm-count").innerText()).startsWith("Станом на 5 січня 2024: ");
        // The key may be folded into its button; its words are there either way.
        assertThat(page.locator("strike-legend").textContent()).contains(uk.getProperty("key.ring"));
        assertThat(page.locator(".sm-lang a[aria-current]").innerText()).isEqualTo("UK");
        // Place and country labels in Ukrainian, from data/places.csv and the boundaries.
        List<String> labels = labels(page);
        assertThat(labels).contains(place("Kharkiv"), place("Kyiv"), "Росія").doesNotContain("Kharkiv", "Russia");
        // The list names places and dates in Ukrainian.
        assertThat(page.locator(".sm-list-button[data-strike='" + KHARKIV_STRIKE + "']").innerText())
                .contains(strike(KHARKIV_STRIKE).get("place_uk"), "2 січня 2024");

        // A region names itself in Ukrainian on hover.
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) page.evaluate("() => { const m = document.querySelector('leaflet-map');"
                + " const box = m.getBoundingClientRect(); const p = m._map.latLngToContainerPoint([49.0, 37.3]);"
                + " return [box.x + p.x, box.y + p.y]; }");
        page.mouse().move(point.get(0).doubleValue(), point.get(1).doubleValue());
        page.locator(".lm-tooltip").waitFor();
        assertThat(page.locator(".lm-tooltip").innerText()).startsWith(region("UA-63") + ": ");

        page.locator(".sm-list-button[data-strike='" + KHARKIV_STRIKE + "']").click();
        Locator card = page.locator(".sm-details");
        card.waitFor();
        assertThat(card.innerText()).contains("2 січня 2024", uk.getProperty("where.town").replace("{region}", region("UA-63")))
                .containsPattern("2[78]\\d км від " + launchArea());
        assertThat(card.locator("h3").allTextContents()).contains(uk.getProperty("js.card.reported"),
                uk.getProperty("js.card.sources"));
        assertThat(card.locator("button.sm-close").getAttribute("aria-label")).isEqualTo(uk.getProperty("js.card.close"));
        // Quotes stay as reported, in English, and say so.
        assertThat(card.locator(".sm-quote").count()).isPositive();
        assertThat(card.locator(".sm-quote:not([lang='en'])").count()).isZero();
        assertThat(card.locator(".sm-original-language").first().innerText()).isEqualTo(uk.getProperty("js.inEnglish"));
    }

    @Test
    void theBrowsersLanguageChoosesUkrainianWhenTheAddressNamesNone() {
        View ukrainianBrowser = View.DESKTOP.inLanguage("uk-UA");
        Page page = open("/", ukrainianBrowser);
        assertThat(page.getAttribute("html", "lang")).isEqualTo("uk");
        assertThat(page.locator("header h1").innerText()).isEqualTo(dataset().get("title_uk"));
        assertThat(page.locator(".sm-list h2").innerText()).isNotEqualTo("Reported strikes");

        Page embed = open("/embed", ukrainianBrowser);
        assertThat(embed.getAttribute("html", "lang")).isEqualTo("uk");
        // The English address still wins over the browser.
        Page english = open("/embed?lang=en", ukrainianBrowser);
        assertThat(english.getAttribute("html", "lang")).isEqualTo("en");
    }

    @Test
    void theSwitchKeepsTheDayAndTheOpenStrike() {
        Page page = open("/?lang=uk&date=2024-01-05");
        page.locator(".sm-list-button[data-strike='" + KHARKIV_STRIKE + "']").click();
        page.locator(".sm-details").waitFor();
        page.waitForCondition(() -> page.url().contains("strike=" + KHARKIV_STRIKE));
        assertThat(page.url()).contains("lang=uk");

        page.locator(".sm-lang a[data-lang='en']").click();
        page.waitForCondition(() -> page.url().contains("lang=en"));
        page.locator(".sm-details").waitFor();
        assertThat(page.url()).contains("date=2024-01-05", "strike=" + KHARKIV_STRIKE);
        assertThat(page.getAttribute("html", "lang")).isEqualTo("en");
        assertThat(page.locator(".sm-details").innerText()).contains("2 January 2024", "Kharkiv Oblast");
        assertThat(page.locator(".sm-original-language").count()).isZero();
    }

    @Test
    void theEmbedSpeaksUkrainianFromItsAddress() throws IOException {
        Properties uk = MapViewTest.bundle("messages_uk.properties");
        Page page = open("/embed?lang=uk&date=2024-01-05&strike=" + KHARKIV_STRIKE, View.desktop(1024, 700));
        assertThat(page.getAttribute("html", "lang")).isEqualTo("uk");
        assertThat(page.locator("strike-legend .sm-legend-toggle").textContent()).isEqualTo(uk.getProperty("js.legend.toggle"));
        assertThat(page.locator("strike-timeline #count").innerText()).startsWith(prefix(uk.getProperty("count.onRecord")));
        Locator card = page.locator(".sm-details");
        card.waitFor();
        assertThat(card.innerText()).contains(strike(KHARKIV_STRIKE).get("place_uk").toUpperCase(), region("UA-63"));
        assertThat(card.locator(".sm-quote:not([lang='en'])").count()).isZero();
        assertThat(labels(page)).contains(place("Kharkiv"));
        // The embed's address keeps its language as the reader moves.
        page.waitForCondition(() -> page.url().contains("lang=uk"));
    }

    @Test
    void theFaviconIsThereWithoutASession() {
        try (BrowserContext context = browser.newContext()) {
            for (String path : List.of("/favicon.ico", "/favicon.svg")) {
                APIResponse response = context.request().get(url(path));
                assertThat(response.status()).as(path).isEqualTo(200);
                assertThat(response.headers()).as(path).doesNotContainKey("set-cookie");
                assertThat(response.headers().get("cache-control")).as(path).contains("max-age");
                assertThat(response.headers().get("content-type")).as(path).startsWith("image/");
            }
            byte[] ico = context.request().get(url("/favicon.ico")).body();
            assertThat(ico[2]).isEqualTo((byte) 1); // an ICO file: reserved 0, type 1
        }
    }

    /** The labels' own text (CSS writes country names in capitals). */
    @SuppressWarnings("unchecked")
    private static List<String> labels(Page page) {
        return (List<String>) page.evalOnSelectorAll(".lm-label", "labels => labels.map(l => l.textContent)");
    }

    /** The fixed start of a template, before its first placeholder. */
    private static String prefix(String template) {
        int brace = template.indexOf('{');
        return brace < 0 ? template : template.substring(0, brace);
    }

    private static Map<String, String> dataset() {
        return DatasetFiles.rows(Path.of("data/north-korean-missiles/dataset.csv")).stream()
                .collect(Collectors.toMap(row -> row.get("key"), row -> row.get("value")));
    }

    private static String place(String english) {
        return DatasetFiles.rows(Path.of("data/north-korean-missiles/places.csv")).stream().filter(row -> row.get("name").equals(english))
                .findFirst().orElseThrow().get("name_uk");
    }

    private static String region(String code) {
        return DatasetFiles.rows(Path.of("data/boundaries/regions/UA.csv")).stream().filter(row -> row.get("code").equals(code))
                .findFirst().orElseThrow().get("name_uk");
    }

    /** The launch area's Ukrainian name, as data/boundaries/launch-areas.geojson gives it. */
    private static String launchArea() throws IOException {
        String json = java.nio.file.Files.readString(Path.of("data/boundaries/launch-areas.geojson"));
        java.util.regex.Matcher name = java.util.regex.Pattern.compile("\"name_uk\":\"([^\"]+)\"").matcher(json);
        assertThat(name.find()).isTrue();
        return name.group(1);
    }

    private static Map<String, String> strike(String id) {
        return DatasetFiles.rows(Path.of("data/north-korean-missiles/strikes.csv")).stream().filter(row -> row.get("id").equals(id))
                .findFirst().orElseThrow();
    }
}
