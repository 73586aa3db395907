package org.strikemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.strikemap.testing.SeedMapBrowserTest;

/**
 * Optional raster tiles: the view sets the tile layer while building the map, before the element is attached or
 * Leaflet exists; the tiles must still be drawn. The tile URL is on this server (no network), and may 404.
 */
@TestPropertySource(properties = {"strikemap.tiles.url=test-tiles/{z}/{x}/{y}.png",
        "strikemap.tiles.attribution=Test tiles"})
class TileLayerBrowserTest extends SeedMapBrowserTest {

    @Test
    void aTileLayerSetBeforeTheMapIsAttachedIsDrawn() {
        Page page = open("/");

        Locator tiles = page.locator("leaflet-map .leaflet-tile-pane img.leaflet-tile");
        page.waitForCondition(() -> tiles.count() > 0);
        assertThat(tiles.first().getAttribute("src")).contains("test-tiles/");
        assertThat(page.locator("leaflet-map .leaflet-control-attribution").innerText()).contains("tiles: Test tiles");
    }
}
