package org.strikemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strikemap.bench.SyntheticDataset;
import org.strikemap.testing.RealBrowserTest;

/**
 * Above the canvas threshold the strikes are drawn on one canvas (frontend/leaflet-map/canvas-marker-layer.js): on a
 * generated dataset of a few thousand strikes, after the timeline has stepped through several days, the canvas
 * stamps exactly as many on-record and possible marks as the strikes' own days say (counted here from the layer's
 * GeoJSON, not by the map's code), and a click on a mark opens that strike.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CanvasMarksBrowserTest extends RealBrowserTest {

    private static final int SYNTHETIC = 1500;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void syntheticData(DynamicPropertyRegistry registry) throws IOException {
        Path data = Files.createTempDirectory("strikemap-canvas-data");
        SyntheticDataset.main(new String[] {"data", data.toString(), String.valueOf(SYNTHETIC), "11"});
        Path db = Files.createTempDirectory("strikemap-canvas-db");
        registry.add("strikemap.data-dir", data::toString);
        registry.add("strikemap.db-dir", db::toString);
    }

    // Counts every stamp of a mark sprite by the state it stands for (the layer names it on the sprite).
    private static final String COUNT_STAMPS = """
            (() => {
              window.stamps = { record: 0, possible: 0 };
              const draw = CanvasRenderingContext2D.prototype.drawImage;
              CanvasRenderingContext2D.prototype.drawImage = function (image, ...rest) {
                const state = image && image.lmState;
                if (state) { window.stamps[state] = (window.stamps[state] || 0) + 1; }
                return draw.call(this, image, ...rest);
              };
            })();""";

    // Steps the slider from its start through `days` days (the incremental path), counting the last frame's stamps.
    private static final String STEP_TO = """
            async (days) => {
              const slider = document.querySelector('strike-timeline').shadowRoot.getElementById('slider');
              for (let i = 0; i <= days; i++) {
                slider.value = String(i);
                slider.dispatchEvent(new Event('input', { bubbles: true }));
                if (i === days) { window.stamps = { record: 0, possible: 0 }; }
                // A frame per step: the canvas draws once per frame, and each day takes the incremental path.
                await new Promise((resolve) => requestAnimationFrame(() => resolve()));
              }
              return document.querySelector('strike-timeline').value;
            }""";

    // What the layer's own data says for a day, by plain comparison of its day properties.
    private static final String EXPECTED = """
            async (day) => {
              const config = document.querySelector('leaflet-map').layers.find((layer) => layer.id === 'strikes');
              const data = await (await fetch(config.url)).json();
              const result = { record: 0, possible: 0, total: data.features.length };
              for (const feature of data.features) {
                const from = feature.properties[config.timeProperty];
                const recordFrom = feature.properties[config.recordProperty];
                if (from && from > day) { continue; }
                if (recordFrom && recordFrom <= day) { result.record++; } else { result.possible++; }
              }
              return result;
            }""";

    @Test
    void theCanvasDrawsEachShownStrikeInItsStateAndAClickOpensIt() {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 800));
        page.addInitScript(COUNT_STAMPS);
        page.navigate("http://localhost:" + port + "/embed");
        page.locator("leaflet-map canvas.lm-canvas-marks").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        assertThat(page.locator("leaflet-map .lm-mark[data-layer-id='strikes']").count()).isZero();

        String day = (String) page.evaluate(STEP_TO, 20);
        @SuppressWarnings("unchecked")
        Map<String, Number> expected = (Map<String, Number>) page.evaluate(EXPECTED, day);
        @SuppressWarnings("unchecked")
        Map<String, Number> stamped = (Map<String, Number>) page.evaluate("() => window.stamps");
        assertThat(expected.get("total").intValue()).isGreaterThan(SYNTHETIC);
        assertThat(expected.get("record").intValue()).isPositive();
        assertThat(expected.get("possible").intValue()).isPositive();
        assertThat(stamped.get("record").intValue()).isEqualTo(expected.get("record").intValue());
        assertThat(stamped.get("possible").intValue()).isEqualTo(expected.get("possible").intValue());

        // A shown mark with no other within reach, whose spot is the map's own (no panel over it).
        @SuppressWarnings("unchecked")
        List<Object> target = (List<Object>) page.evaluate("""
                () => {
                  const map = document.querySelector('leaflet-map');
                  const handle = map._layers.get('strikes').handle;
                  const box = map.getBoundingClientRect();
                  const shown = map.visibleFeatureIds('strikes').map((id) => [id, handle.markAt(id)]);
                  for (const [id, point] of shown) {
                    const x = box.left + point.x;
                    const y = box.top + point.y;
                    const alone = shown.every(([other, p]) => other === id || Math.hypot(p.x - point.x, p.y - point.y) > 24);
                    const under = document.elementFromPoint(x, y);
                    if (alone && under && (map.querySelector('.leaflet-map-pane').contains(under)
                        || under === map.querySelector('.lm-container'))) {
                      return [id, x, y];
                    }
                  }
                  return null;
                }""");
        assertThat(target).isNotNull();
        String id = (String) target.get(0);
        page.mouse().click(((Number) target.get(1)).doubleValue(), ((Number) target.get(2)).doubleValue());
        page.waitForFunction("(id) => new URLSearchParams(location.search).get('strike') === id", id);
        assertThat(page.locator("strike-card").innerText()).contains(place(page, id));
        page.close();
    }

    private static String place(Page page, String id) {
        return (String) page.evaluate("""
                async (id) => {
                  const config = document.querySelector('leaflet-map').layers.find((layer) => layer.id === 'strikes');
                  const data = await (await fetch(config.url)).json();
                  return data.features.find((f) => String(f.id ?? f.properties.id) === id).properties.place;
                }""", id);
    }
}
