package org.strikemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strikemap.dataset.Datasets;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.leaflet.MarkerSymbol;
import org.strikemap.map.CountSentence;
import org.strikemap.map.Shading;
import org.strikemap.map.StrikeMarks;
import org.strikemap.strike.Strike;
import org.strikemap.testing.RealBrowserTest;
import org.strikemap.testing.TestDatabase;

/**
 * The server and the browser apply the same rules: on every day of the period, the marks the browser draws, the
 * count sentence it writes and the colour it gives each region are what the server's definitions say; and the
 * legend's marks are the map's marks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RulesAgreeBrowserTest extends RealBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Datasets datasets;

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabase.useRealDataIn(registry);
    }

    @Test
    void everyDayTheBrowserShowsWhatTheServerRulesSay() {
        LoadedDataset dataset = datasets.current();
        Page page = open("/");
        LocalDate first = dataset.sources().overview().periodFrom();
        LocalDate last = dataset.sources().overview().periodTo();
        int located = dataset.strikes().locatedAttackCount();

        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            // Drag the timeline (its input event), as a reader would; no server round trip happens per step.
            page.evalOnSelectorAll("strike-timeline", "(t, offset) => { const s = t[0].shadowRoot.getElementById('slider');"
                    + " s.value = String(offset); s.dispatchEvent(new Event('input')); }", (int) (day.toEpochDay() - first.toEpochDay()));
            LocalDate d = day;
            List<Strike> visible = dataset.strikes().all().stream().filter(s -> StrikeMarks.visibleOn(s, d)).toList();

            assertThat(visibleMarks(page)).as("marks on %s", day)
                    .isEqualTo(visible.stream().map(Strike::id).collect(Collectors.toSet()));
            int counted = (int) visible.stream().filter(StrikeMarks::counted).count();
            assertThat(timelineCount(page)).as("count on %s", day)
                    .isEqualTo(CountSentence.of(counted, located, dataset.unlocatedAttacks()));
            Map<String, String> expectedFills = dataset.regions().attackCounts(visible).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> Shading.ATTACKS.colourFor(e.getValue())));
            assertThat(regionFills(page)).as("region colours on %s", day).isEqualTo(expectedFills);
        }
    }

    @Test
    void theSettledDayListsWhatTheServerRuleShows() {
        LoadedDataset dataset = datasets.current();
        Page page = open("/");
        Locator slider = page.locator("strike-timeline input[type=range]");
        slider.focus();
        page.keyboard().press("Home");
        page.keyboard().press("ArrowRight");
        LocalDate day = dataset.sources().overview().periodFrom().plusDays(1);
        page.waitForCondition(() -> page.url().contains("date=" + day));
        Set<String> expected = dataset.strikes().all().stream().filter(s -> StrikeMarks.visibleOn(s, day))
                .map(Strike::id).collect(Collectors.toSet());
        page.waitForCondition(() -> listed(page).equals(expected));
        assertThat(visibleMarks(page)).isEqualTo(expected);
    }

    @Test
    void theLegendDrawsTheMapsOwnMarks() {
        Page page = open("/");
        for (MarkerSymbol symbol : MarkerSymbol.values()) {
            Locator mark = page.locator("leaflet-map .lm-mark-" + symbol.id() + " svg > *").first();
            Locator key = page.locator(".sm-legend lm-symbol[name='" + symbol.id() + "'] svg > *").first();
            assertThat(key.evaluate("e => e.tagName + '.' + e.getAttribute('class')"))
                    .as(symbol.id()).isEqualTo(mark.evaluate("e => e.tagName + '.' + e.getAttribute('class')"));
            assertThat(key.evaluate("e => getComputedStyle(e).fill + ' ' + getComputedStyle(e).stroke"))
                    .as(symbol.id()).isEqualTo(mark.evaluate("e => getComputedStyle(e).fill + ' ' + getComputedStyle(e).stroke"));
        }
    }

    private Page open(String path) {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 800));
        page.navigate("http://localhost:" + port + path);
        page.locator("leaflet-map [data-layer-id='strikes']").first().waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        return page;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> visibleMarks(Page page) {
        return Set.copyOf((List<String>) page.evalOnSelectorAll("leaflet-map [data-layer-id='strikes']",
                "marks => marks.map(m => m.dataset.featureId)"));
    }

    @SuppressWarnings("unchecked")
    private static Set<String> listed(Page page) {
        return Set.copyOf((List<String>) page.evalOnSelectorAll(".sm-list-button[data-strike]",
                "buttons => buttons.map(b => b.dataset.strike)"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> regionFills(Page page) {
        return (Map<String, String>) page.evalOnSelectorAll("leaflet-map path[data-feature-id]",
                "paths => Object.fromEntries(paths.map(p => [p.dataset.featureId, p.getAttribute('fill').toLowerCase()]))");
    }

    private static String timelineCount(Page page) {
        return (String) page.evalOnSelector("strike-timeline", "t => t.shadowRoot.getElementById('count').textContent");
    }
}
