package org.strikemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strikemap.ingest.DatasetFiles;
import org.strikemap.testing.AppBrowserTest;
import org.strikemap.testing.TestDatabase;

/**
 * A second dataset, with its own title, launch site and range ring, loads and renders with no code change: every
 * word and figure on the page comes from its files (src/test/resources/dataset-other).
 */
class OtherDatasetBrowserTest extends AppBrowserTest {

    static final Path DATA = Path.of("src/test/resources/dataset-other");

    @DynamicPropertySource
    static void otherData(DynamicPropertyRegistry registry) {
        TestDatabase.useFixtureIn(registry, DATA);
    }

    static Map<String, String> texts() {
        return DatasetFiles.rows(DATA.resolve("dataset.csv")).stream()
                .collect(Collectors.toMap(row -> row.get("key"), row -> row.get("value")));
    }

    @Test
    void thePageShowsTheOtherDatasetsWordsRingAndStrikes() {
        Page page = open("/");
        Map<String, String> texts = texts();
        Map<String, String> site = DatasetFiles.rows(DATA.resolve("launch-sites.csv")).getFirst();
        Map<String, String> ring = DatasetFiles.rows(DATA.resolve("range-rings.csv")).getFirst();
        List<Map<String, String>> strikes = DatasetFiles.rows(DATA.resolve("strikes.csv"));

        assertThat(page.title()).startsWith(texts.get("title"));
        assertThat(page.locator("h1").innerText()).isEqualTo(texts.get("title"));
        assertThat(page.locator(".sm-subtitle").innerText()).isEqualTo(texts.get("subtitle"));
        assertThat(page.locator(".lm-label-ring").innerText()).isEqualTo(ring.get("label"));
        assertThat(page.locator(".sm-legend").textContent()).contains(ring.get("label"), "Launch area (" + site.get("name") + ")");
        assertThat(page.locator("leaflet-map [data-layer-id='launch-sites']").getAttribute("title"))
                .isEqualTo(site.get("name") + ": " + texts.get("launch_area_label"));
        assertThat(page.locator("leaflet-map [data-layer-id='strikes']").count()).isEqualTo(strikes.size());
        PlaywrightAssertions.assertThat(page.locator(".sm-list-button")).hasCount(strikes.size());
        String footer = page.locator(".sm-footer").innerText();
        assertThat(footer).contains(texts.get("credit"));
        DatasetFiles.rows(DATA.resolve("sources.csv")).forEach(source -> assertThat(footer).contains(source.get("outlet")));
        assertThat(page.content()).doesNotContain("650 km", "Voronezh", "Prosecutor General Andriy Kostin",
                "North Korean missiles in Russia");

        page.locator(".sm-list-button[data-strike='" + strikes.getFirst().get("id") + "']").click();
        assertThat(page.locator(".sm-distance").innerText()).contains("km from " + site.get("name"), site.get("by"));
    }

    @Test
    void theEmbedCreditsTheOtherDatasetsOutlets() {
        Page page = open("/embed");
        String credit = page.locator(".sm-embed-credit").innerText();
        DatasetFiles.rows(DATA.resolve("sources.csv")).forEach(source -> assertThat(credit).contains(source.get("outlet")));
        assertThat(credit).contains(texts().get("credit"));
        assertThat(page.title()).startsWith(texts().get("title"));
    }
}
