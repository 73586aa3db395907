package org.strikemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strikemap.testing.Axe;
import org.strikemap.testing.MapPage;
import org.strikemap.testing.SeedMapBrowserTest;
import org.strikemap.testing.View;

/**
 * The pages as a keyboard and screen-reader user meets them: axe-core over the full page and the embed (closed, with
 * a card open, on a desk and a phone), the Tab order, the skip link, Escape's order and where focus goes.
 */
class AccessibilityBrowserTest extends SeedMapBrowserTest {

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"/, 1280", "/, 390", "/embed, 1280", "/embed, 390",
            "/?strike=kharkiv-2024-01-02, 1280", "/embed?strike=kharkiv-2024-01-02, 390"})
    void axeFindsNothingSeriousOrCritical(String path, int width) {
        Page page = open(path, width > 600 ? View.desktop(width, 800) : View.phone(width, 844));
        if (path.contains("strike=")) {
            page.locator(".sm-details").waitFor();
        }
        assertThat(Axe.seriousIn(page)).isEmpty();
    }

    @Test
    void tabReachesTheMarksWithoutStoppingOnShapesAndTheSkipLinkLeadsToTheList() {
        Page page = open("/");
        assertThat(page.locator("leaflet-map").getAttribute("role")).isEqualTo("region");
        assertThat(page.locator("leaflet-map").getAttribute("aria-label")).startsWith("Map: ");
        List<String> stops = new ArrayList<>();
        for (int i = 0; i < 12 && stops.stream().noneMatch(s -> s.startsWith("strikes/")); i++) {
            page.keyboard().press("Tab");
            stops.add((String) page.evaluate("() => { const e = document.activeElement;"
                    + " return e.dataset.layerId ? e.dataset.layerId + '/' + e.dataset.featureId : e.localName + '.' + e.className; }"));
        }
        assertThat(stops.get(0)).startsWith("a.sm-skip");
        assertThat(stops).noneMatch(s -> s.startsWith("path") || s.startsWith("regions/"));
        assertThat(stops).anyMatch(s -> s.startsWith("strikes/"));

        page.reload();
        page.locator(".sm-list-button").first().waitFor();
        MapPage.waitUntilSettled(page);
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement.classList.contains('sm-list-button')")).isEqualTo(true);
    }

    @Test
    void escapeClosesTheDialogBeforeTheCardAndFocusGoesBackToWhatOpenedIt() {
        Page page = open("/");
        Locator row = page.locator(".sm-list-button[data-strike='kharkiv-2024-01-02']");
        row.focus();
        page.keyboard().press("Enter");
        page.locator(".sm-details").waitFor();
        page.waitForCondition(() -> (Boolean) page.evaluate("() => !!document.activeElement.closest('.sm-details')"));

        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("About this map")).click();
        page.locator("vaadin-dialog[opened]").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        // Open, at rest and answered by the server, so Escape reaches the dialog.
        MapPage.waitUntilSettled(page);
        page.keyboard().press("Escape");
        page.waitForCondition(() -> page.locator("vaadin-dialog[opened]").count() == 0);
        // Whatever Escape set going (a server round trip, the card closing) has run its course before the card is checked.
        MapPage.waitUntilSettled(page);
        assertThat(page.locator(".sm-details").isVisible()).as("the card under the dialog stays open").isTrue();
        assertThat(page.url()).contains("strike=kharkiv-2024-01-02");

        page.keyboard().press("Escape");
        page.waitForCondition(() -> !page.url().contains("strike="));
        page.waitForCondition(() -> "kharkiv-2024-01-02".equals(page.evaluate("() => document.activeElement.dataset.strike")));
    }

    @Test
    void inTheEmbedTheSkipLinkLeadsPastTheMapAndClosingACardFocusesItsMark() {
        Page page = open("/embed");
        assertThat(page.locator("leaflet-map").getAttribute("aria-label")).startsWith("Map: ");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement.className")).isEqualTo("sm-skip");
        page.keyboard().press("Enter");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => !!document.activeElement.closest('strike-timeline')")).isEqualTo(true);

        Locator mark = page.locator("leaflet-map [data-layer-id='strikes'][data-feature-id='kharkiv-2024-01-02']");
        mark.focus();
        page.keyboard().press("Enter");
        page.locator(".sm-details").waitFor();
        page.keyboard().press("Escape");
        page.waitForCondition(() -> "kharkiv-2024-01-02".equals(page.evaluate("() => document.activeElement.dataset.featureId")));
    }
}
