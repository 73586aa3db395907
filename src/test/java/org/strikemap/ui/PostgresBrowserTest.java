package org.strikemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strikemap.ingest.DatasetFiles;
import org.strikemap.testing.AppBrowserTest;
import org.strikemap.testing.Postgres;
import org.strikemap.testing.TestDatabase;

/** A smoke test of the app with the postgres profile on a real PostgreSQL server: the page and the embed draw the data. */
@ActiveProfiles("postgres")
class PostgresBrowserTest extends AppBrowserTest {

    static final Path DATA = TestDatabase.seedMap();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        String url = Postgres.shared().createDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> Postgres.USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("strikemap.data-dir", DATA::toString);
    }

    @Test
    void thePageDrawsEveryStrikeAndAClickOpensItsCard() {
        Page page = open("/");
        List<Map<String, String>> strikes = DatasetFiles.rows(DATA.resolve("strikes.csv"));
        Set<String> ids = strikes.stream().map(row -> row.get("id")).collect(Collectors.toSet());
        page.waitForCondition(() -> drawn(page).equals(ids));

        Map<String, String> strike = strikes.getFirst();
        page.locator("leaflet-map [data-layer-id='strikes'][data-feature-id='" + strike.get("id") + "']").click();
        Locator card = page.locator(".sm-details");
        card.waitFor();
        String regionName = DatasetFiles.rows(TestDatabase.boundaries().resolve("regions/UA.csv")).stream()
                .filter(row -> row.get("code").equals(strike.get("region"))).findFirst().orElseThrow().get("name");
        assertThat(card.innerText()).contains(strike.get("place"), regionName);
        page.waitForCondition(() -> page.url().contains("strike=" + strike.get("id")));
    }

    @Test
    void theEmbedDrawsEveryStrike() {
        Page page = open("/embed");
        Set<String> ids = DatasetFiles.rows(DATA.resolve("strikes.csv")).stream().map(row -> row.get("id"))
                .collect(Collectors.toSet());
        page.waitForCondition(() -> drawn(page).equals(ids));
        assertThat(page.locator(".sm-embed-credit").innerText()).isNotBlank();
    }

    @SuppressWarnings("unchecked")
    private static Set<String> drawn(Page page) {
        return Set.copyOf((List<String>) page.evalOnSelectorAll("leaflet-map [data-layer-id='strikes']",
                "marks => marks.map(m => m.dataset.featureId)"));
    }
}
