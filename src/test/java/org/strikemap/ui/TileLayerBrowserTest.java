package org.strikemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strikemap.testing.RealBrowserTest;
import org.strikemap.testing.TestDatabase;

/**
 * Optional raster tiles: the view sets the tile layer while building the map, before the element is attached or
 * Leaflet exists; the tiles must still be drawn. The tile URL is on this server (no network), and may 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "strikemap.tiles.url=test-tiles/{z}/{x}/{y}.png", "strikemap.tiles.attribution=Test tiles"})
class TileLayerBrowserTest extends RealBrowserTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabase.useRealDataIn(registry);
    }

    @Test
    void aTileLayerSetBeforeTheMapIsAttachedIsDrawn() {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/");
        page.locator("leaflet-map [data-layer-id='strikes']").first().waitFor(new Locator.WaitForOptions().setTimeout(30_000));

        Locator tiles = page.locator("leaflet-map .leaflet-tile-pane img.leaflet-tile");
        page.waitForCondition(() -> tiles.count() > 0);
        assertThat(tiles.first().getAttribute("src")).contains("test-tiles/");
        assertThat(page.locator("leaflet-map .leaflet-control-attribution").innerText()).contains("tiles: Test tiles");
    }
}
