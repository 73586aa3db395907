package org.strikemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strikemap.ingest.DatasetFiles;
import org.strikemap.testing.Postgres;
import org.strikemap.testing.RealBrowserTest;

/** A smoke test of the app with the postgres profile on a real PostgreSQL server: the page and the embed draw the data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
class PostgresBrowserTest extends RealBrowserTest {

    static final Path DATA = Path.of("data");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        String url = Postgres.shared().createDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> Postgres.USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("strikemap.data-dir", () -> DATA.toAbsolutePath().toString());
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
        String regionName = DatasetFiles.rows(DATA.resolve("boundaries/regions.csv")).stream()
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

    private Page open(String path) {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 800));
        page.navigate("http://localhost:" + port + path);
        page.locator("leaflet-map .lm-mark").first().waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.ATTACHED).setTimeout(30_000));
        return page;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> drawn(Page page) {
        return Set.copyOf((List<String>) page.evalOnSelectorAll("leaflet-map [data-layer-id='strikes']",
                "marks => marks.map(m => m.dataset.featureId)"));
    }
}
