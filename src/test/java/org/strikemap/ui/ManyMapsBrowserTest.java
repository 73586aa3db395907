package org.strikemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strikemap.ingest.TestDatabase;
import org.strikemap.map.Shading;
import org.strikemap.testing.AppBrowserTest;
import org.strikemap.testing.MapPage;

/**
 * Two maps on one server: the seed map and a small test map in Poland (src/test/resources/maps/eastern-poland-test,
 * with place names in Polish, a language the interface does not speak). Each is drawn, counted and shaded from its own
 * files at its own address, with its own embed, picture and oEmbed answer; the default map keeps / and /embed.
 */
class ManyMapsBrowserTest extends AppBrowserTest {

    static final String POLAND = "eastern-poland-test";

    @DynamicPropertySource
    static void twoMaps(DynamicPropertyRegistry registry) {
        try {
            Path data = Files.createTempDirectory("strikemap-two-maps");
            TestDatabase.copy(org.strikemap.testing.TestDatabase.seedMap(),
                    data.resolve(org.strikemap.testing.TestDatabase.SEED_SLUG));
            TestDatabase.copy(Path.of("src/test/resources/maps", POLAND), data.resolve(POLAND));
            org.strikemap.testing.TestDatabase.useDataIn(registry, data);
            // The Polish map comes first alphabetically; the seed map stays the default by this setting.
            registry.add("strikemap.default-map", () -> org.strikemap.testing.TestDatabase.SEED_SLUG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theMapInPolandIsDrawnCountedAndShadedFromItsOwnFiles() {
        Page page = open("/maps/" + POLAND + "?date=2022-11-15");
        assertThat(page.locator("header h1").innerText()).isEqualTo("Test map: reported strikes in eastern Poland");
        MapPage.Shown shown = MapPage.shownAt(page, "2022-11-15");
        // By 15 November: Przewodów's day has passed; Zamość (November) and Masovia (from 10 November) have begun;
        // Rzeszów (late November) and the Białystok crater (from 20 November) have not.
        assertThat(shown.marks()).isEqualTo(Map.of("przewodow-2022-11-15", "record", "zamosc-november", "possible",
                "masovia-region", "possible"));
        assertThat(shown.count()).isEqualTo("1 of 4 located attacks on record, up to 2 more possible");
        Shading shading = Shading.ATTACKS;
        assertThat(shown.fills()).containsEntry("PL-06", shading.colourFor(1))
                .containsEntry("PL-14", shading.possible())
                .containsEntry("PL-18", shading.colourFor(0))
                .containsEntry("PL-20", shading.colourFor(0))
                .hasSize(16);
        assertThat(shown.fills().keySet()).allMatch(code -> code.startsWith("PL-"), "only Poland's regions are shaded");
    }

    @Test
    void theDefaultMapKeepsItsAddressesAndEachMapHasItsOwnEmbedPictureAndOEmbed() {
        Page seed = open("/");
        assertThat(seed.locator("header h1").innerText()).isEqualTo("North Korean missiles in Russia's strikes on Ukraine");
        Page embed = open("/maps/" + POLAND + "/embed?date=2022-11-15");
        assertThat(MapPage.shownAt(embed, "2022-11-15").count())
                .isEqualTo("1 of 4 located attacks on record, up to 2 more possible");
        assertThat(embed.locator("#sm-full-map").getAttribute("href")).startsWith("../" + POLAND);

        APIResponse picture = seed.request().get(url("/maps/" + POLAND + "/embed.png?date=2022-11-15&width=400"));
        assertThat(picture.status()).isEqualTo(200);
        assertThat(picture.headers().get("content-type")).isEqualTo("image/png");
        assertThat(picture.headers()).doesNotContainKey("set-cookie");

        APIResponse oembed = seed.request().get(url("/oembed?url=" + url("/maps/" + POLAND + "?date=2022-11-15")));
        assertThat(oembed.status()).isEqualTo(200);
        assertThat(oembed.text()).contains("src=\\\"" + url("/maps/" + POLAND + "/embed?date=2022-11-15") + "\\\"")
                .contains("Test map: reported strikes in eastern Poland");
        APIResponse list = seed.request().get(url("/api/maps"));
        assertThat(list.text()).contains("\"slug\":\"" + POLAND + "\"", "\"slug\":\"north-korean-missiles\"");
    }

    @Test
    void aLanguageOnlyTheDataGivesShowsTheMapsWordsInIt() {
        Page page = open("/maps/" + POLAND + "?lang=pl&date=2022-12-05");
        assertThat(page.getAttribute("html", "lang")).isEqualTo("pl");
        assertThat(page.locator("header h1").innerText()).isEqualTo("Mapa testowa: zgłoszone uderzenia we wschodniej Polsce");
        assertThat(page.locator(".sm-list-button[data-strike='masovia-region'] .sm-list-place").innerText())
                .isEqualTo("Województwo mazowieckie");
        assertThat(page.locator(".sm-lang a[aria-current]").innerText()).isEqualTo("PL");
        // The interface has no Polish words: they stay English.
        assertThat(page.locator(".sm-list h2").innerText()).isEqualTo("Reported strikes");
        assertThat(page.locator("leaflet-map .lm-label").allInnerTexts()).contains("Warszawa", "Lublin");
    }

    @Test
    void anUnknownMapIsNotFoundEverywhere() {
        Page page = newPage(org.strikemap.testing.View.DESKTOP);
        for (String path : new String[] {"/maps/no-such-map", "/maps/no-such-map/embed", "/maps/no-such-map/embed.png",
                "/api/maps/no-such-map", "/api/maps/no-such-map/strikes", "/oembed?url=" + url("/maps/no-such-map")}) {
            APIResponse response = page.request().get(url(path));
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.headers()).as(path).doesNotContainKey("set-cookie");
        }
    }
}
