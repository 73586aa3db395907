package org.strikemap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strikemap.ui.LegibleMapBrowserTest.assertAtLeast44;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strikemap.testing.MapPage;
import org.strikemap.testing.SeedMapBrowserTest;
import org.strikemap.testing.View;

/**
 * The full page and the embed on 360–414 px phones, by element positions: the map and the timeline share the first
 * screen, a strike's card is a sheet over at most the lower half with the mark above it, close targets are 44 px,
 * and a list row tapped further down brings the map and the card back into view.
 */
class PhoneLayoutBrowserTest extends SeedMapBrowserTest {

    private static final String MARK = "leaflet-map [data-layer-id='strikes'][data-feature-id='kharkiv-2024-01-02']";

    @ParameterizedTest
    @CsvSource({"/, 390, 844, .sm-panel.sm-panel-open", "/, 360, 740, .sm-panel.sm-panel-open",
            "/, 414, 896, .sm-panel.sm-panel-open", "/embed, 390, 844, #sm-sheet", "/embed, 360, 640, #sm-sheet"})
    void mapAndTimelineShareTheFirstScreenAndACardIsASheetBelowTheMark(String path, int width, int height,
                                                                       String sheetSelector) {
        Page page = open(path, View.phone(width, height));
        within(page.locator("leaflet-map").boundingBox(), height);
        within(page.locator("strike-timeline").boundingBox(), height);
        assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(width);

        page.locator(MARK).tap();
        Locator sheet = page.locator(sheetSelector);
        sheet.locator(".sm-details").waitFor();
        MapPage.waitUntilSettled(page); // the map's pan that keeps the mark clear of the sheet
        assertSheetBelowTheMark(page, sheet, height);
        assertAtLeast44(sheet.locator(".sm-close").boundingBox());

        sheet.locator(".sm-close").tap();
        sheet.locator(".sm-details").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
    }

    @Test
    void tappingAListRowBringsTheMapAndTheCardIntoView() {
        int height = 844;
        Page page = open("/", View.phone(390, height));
        Locator row = page.locator(".sm-list-button[data-strike]").last();
        row.scrollIntoViewIfNeeded();
        assertThat(page.locator("leaflet-map").boundingBox().y + page.locator("leaflet-map").boundingBox().height)
                .as("the list lies below the map").isLessThan(row.boundingBox().y);
        String id = row.getAttribute("data-strike");
        row.tap();
        page.waitForCondition(() -> page.url().contains("strike=" + id));
        Locator sheet = page.locator(".sm-panel.sm-panel-open");
        sheet.locator(".sm-details").waitFor();
        MapPage.waitUntilSettled(page);
        BoundingBox map = page.locator("leaflet-map").boundingBox();
        assertThat(map.y).as("the map's top is on screen").isBetween(0.0, height / 2.0);
        assertSheetBelowTheMark(page, sheet, height);
    }

    @Test
    void dialogsCloseFromA44PixelTarget() {
        Page page = open("/", View.phone(390, 844));
        page.locator(".sm-actions vaadin-button").first().tap();
        Locator close = page.locator("vaadin-button.sm-dialog-close");
        close.waitFor();
        // The dialog grows into place: measure once it has stopped changing size.
        MapPage.waitUntilSettled(page);
        assertAtLeast44(close.boundingBox());
        close.tap();
        close.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
    }

    private static void assertSheetBelowTheMark(Page page, Locator sheet, int height) {
        BoundingBox card = sheet.boundingBox();
        assertThat(card.height).isLessThanOrEqualTo(height / 2.0 + 1);
        assertThat(card.y + card.height).isBetween(height - 1.0, height + 1.0);
        BoundingBox selected = page.locator(".lm-mark.lm-selected").boundingBox();
        BoundingBox map = page.locator("leaflet-map").boundingBox();
        assertThat(selected.y).isGreaterThanOrEqualTo(Math.max(map.y, 0));
        assertThat(selected.y + selected.height).isLessThanOrEqualTo(Math.min(map.y + map.height, card.y));
        assertThat(selected.x).isGreaterThanOrEqualTo(map.x);
        assertThat(selected.x + selected.width).isLessThanOrEqualTo(map.x + map.width);
    }

    private static void within(BoundingBox box, int height) {
        assertThat(box.y).isGreaterThanOrEqualTo(0);
        assertThat(box.y + box.height).isLessThanOrEqualTo(height);
    }
}
