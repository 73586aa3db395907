package org.strikemap.ui.embed;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.strikemap.testing.MapPage;
import org.strikemap.testing.SeedMapBrowserTest;
import org.strikemap.testing.View;

/**
 * The embed in phone-sized frames (360–414 px, touch): the legend opens from a button, a strike's card is a sheet
 * over at most half the frame with the selected mark still in view, controls are 44 px targets, nothing overflows.
 */
class EmbedPhoneBrowserTest extends SeedMapBrowserTest {

    @ParameterizedTest
    @ValueSource(ints = {360, 414})
    void onAPhoneTheLegendIsAButtonAndACardCoversAtMostHalfTheFrame(int width) {
        int height = 700;
        Page page = open("/embed", View.phone(width, height));
        Locator mark = page.locator("leaflet-map [data-layer-id='strikes'][data-feature-id='kharkiv-2024-01-02']");
        mark.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));

        // Marks are drawn 16–20 px wide, but each answers a tap over a 44 × 44 px box around its centre.
        @SuppressWarnings("unchecked")
        List<String> hitBoxes = (List<String>) page.evaluate("() => [...document.querySelectorAll('leaflet-map .lm-mark.leaflet-interactive')]"
                + ".map(m => { const a = getComputedStyle(m, '::after'); return a.width + ' × ' + a.height + ' ' + a.position; })");
        assertThat(hitBoxes).isNotEmpty().containsOnly("44px × 44px absolute");

        Locator legend = page.locator("strike-legend .sm-legend-body");
        Locator toggle = page.locator("strike-legend .sm-legend-toggle");
        assertThat(legend.isVisible()).isFalse();
        toggle.tap();
        PlaywrightAssertions.assertThat(legend).isVisible();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(legend.innerText()).contains("Only the region is known");
        page.locator("strike-legend .sm-legend-close").tap();
        PlaywrightAssertions.assertThat(legend).isHidden();

        mark.tap();
        Locator sheet = page.locator("#sm-sheet");
        page.locator("#sm-sheet .sm-details").waitFor();
        MapPage.waitUntilSettled(page); // the sheet in place, and the map's pan to keep the mark clear of it
        BoundingBox card = sheet.boundingBox();
        assertThat(card.height).isLessThanOrEqualTo(height / 2.0 + 1);
        assertThat(card.y + card.height).isBetween(height - 1.0, height + 1.0);
        BoundingBox selected = page.locator(".lm-mark.lm-selected").boundingBox();
        BoundingBox map = page.locator("leaflet-map").boundingBox();
        assertThat(selected.y).isGreaterThanOrEqualTo(map.y);
        assertThat(selected.y + selected.height).isLessThanOrEqualTo(Math.min(map.y + map.height, card.y));
        assertThat(selected.x).isGreaterThanOrEqualTo(map.x);
        assertThat(selected.x + selected.width).isLessThanOrEqualTo(map.x + map.width);

        assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(width);
        @SuppressWarnings("unchecked")
        List<String> small = (List<String>) page.evaluate("() => [...document.querySelectorAll('button, input, a')]"
                + ".concat(...[...document.querySelectorAll('strike-timeline')].map(t => [...t.shadowRoot.querySelectorAll('button, input')]))"
                + ".filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.width < 44 || r.height < 44); })"
                + ".map(e => e.outerHTML.slice(0, 80))");
        assertThat(small).isEmpty();
    }
}
