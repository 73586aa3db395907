package org.strikemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strikemap.testing.AppBrowserTest;
import org.strikemap.testing.MapPage;
import org.strikemap.testing.SyntheticData;
import org.strikemap.testing.View;

/**
 * Above the canvas threshold the strikes are drawn on one canvas (frontend/leaflet-map/canvas-marker-layer.js): on a
 * generated dataset of a few thousand strikes, after the timeline has stepped through several days, the canvas
 * stamps exactly as many on-record and possible marks as the strikes' own days say (counted here from the layer's
 * GeoJSON, not by the map's code), and a click on a mark opens that strike. The same holds in from–to window mode as
 * either handle moves, and back in "up to a day" mode after it.
 */
class CanvasMarksBrowserTest extends AppBrowserTest {

    private static final int SYNTHETIC = 1500;

    @DynamicPropertySource
    static void syntheticData(DynamicPropertyRegistry registry) throws IOException {
        SyntheticData.register(registry, SYNTHETIC, 11);
    }

    // Counts every stamp of a mark sprite by the state it stands for (the layer names it on the sprite), from the
    // last time the marks' canvas was cleared: what the canvas shows now, however many draws a step caused.
    private static final String COUNT_STAMPS = """
            (() => {
              window.stamps = { record: 0, possible: 0 };
              const clear = CanvasRenderingContext2D.prototype.clearRect;
              CanvasRenderingContext2D.prototype.clearRect = function (...args) {
                if (this.canvas.classList.contains('lm-canvas-marks')) { window.stamps = { record: 0, possible: 0 }; }
                return clear.apply(this, args);
              };
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

    // Moves one window handle by `by` days (`steps` times, a frame each); returns the time and the last frame's stamps.
    private static final String MOVE_HANDLE = """
            async ([id, by, steps]) => {
              const timeline = document.querySelector('strike-timeline');
              const input = timeline.shadowRoot.getElementById(id);
              for (let i = 1; i <= steps; i++) {
                input.value = String(Number(input.value) + by);
                input.dispatchEvent(new Event('input', { bubbles: true }));
                if (i === steps) { window.stamps = { record: 0, possible: 0 }; }
                await new Promise((resolve) => requestAnimationFrame(() => resolve()));
              }
              return [timeline.time, { ...window.stamps }];
            }""";

    @Test
    void inAWindowTheCanvasFollowsBothHandles() {
        Page page = newPage(View.DESKTOP);
        page.addInitScript(COUNT_STAMPS);
        navigate(page, "/embed");
        page.evaluate(STEP_TO, 40);
        page.evaluate("() => document.querySelector('strike-timeline').shadowRoot.getElementById('mode-window').click()");
        // The window's end handle back, its start forward, each across days where strikes start and end.
        assertStampsMatch(page, page.evaluate(MOVE_HANDLE, List.of("to", -3, 5)));
        assertStampsMatch(page, page.evaluate(MOVE_HANDLE, List.of("from", 2, 6)));
        assertStampsMatch(page, page.evaluate(MOVE_HANDLE, List.of("to", 4, 3)));
        assertStampsMatch(page, page.evaluate(MOVE_HANDLE, List.of("from", -1, 4)));
        // Back to "up to a day": the window's last day, every strike rechecked.
        // The switch resizes the map too (a draw of its own); the stamps are those of the frame's last draw.
        @SuppressWarnings("unchecked")
        Map<String, Number> stamped = (Map<String, Number>) page.evaluate("""
                () => new Promise((resolve) => {
                  window.stamps = { record: 0, possible: 0 };
                  document.querySelector('strike-timeline').shadowRoot.getElementById('mode-day').click();
                  requestAnimationFrame(() => resolve({ ...window.stamps }));
                })""");
        String day = (String) page.evaluate("() => document.querySelector('strike-timeline').time");
        assertThat(day).doesNotContain("/");
        @SuppressWarnings("unchecked")
        Map<String, Number> expected = (Map<String, Number>) page.evaluate(SyntheticData.EXPECTED_STATES, day);
        assertThat(stamped.get("record").intValue()).as("up to %s", day).isEqualTo(expected.get("record").intValue());
        assertThat(stamped.get("possible").intValue()).as("up to %s", day).isEqualTo(expected.get("possible").intValue());
    }

    @SuppressWarnings("unchecked")
    private static void assertStampsMatch(Page page, Object moved) {
        String time = (String) ((List<Object>) moved).get(0);
        Map<String, Number> stamped = (Map<String, Number>) ((List<Object>) moved).get(1);
        assertThat(time).contains("/");
        Map<String, Number> expected = (Map<String, Number>) page.evaluate(SyntheticData.EXPECTED_STATES, time);
        assertThat(expected.get("record").intValue() + expected.get("possible").intValue()).as("shown in %s", time).isPositive();
        assertThat(stamped.get("record").intValue()).as("on record in %s", time).isEqualTo(expected.get("record").intValue());
        assertThat(stamped.get("possible").intValue()).as("possible in %s", time).isEqualTo(expected.get("possible").intValue());
    }

    @Test
    void theCanvasDrawsEachShownStrikeInItsStateAndAClickOpensIt() {
        Page page = newPage(View.DESKTOP);
        page.addInitScript(COUNT_STAMPS);
        navigate(page, "/embed");
        assertThat(page.locator("leaflet-map .lm-mark[data-layer-id='strikes']").count()).isZero();

        String day = (String) page.evaluate(STEP_TO, 20);
        @SuppressWarnings("unchecked")
        Map<String, Number> expected = (Map<String, Number>) page.evaluate(SyntheticData.EXPECTED_STATES, day);
        @SuppressWarnings("unchecked")
        Map<String, Number> stamped = (Map<String, Number>) page.evaluate("() => window.stamps");
        assertThat(expected.get("total").intValue()).isGreaterThan(SYNTHETIC);
        assertThat(expected.get("record").intValue()).isPositive();
        assertThat(expected.get("possible").intValue()).isPositive();
        assertThat(stamped.get("record").intValue()).isEqualTo(expected.get("record").intValue());
        assertThat(stamped.get("possible").intValue()).isEqualTo(expected.get("possible").intValue());

        // A shown mark with no other within reach, whose spot is the map's own (no panel over it), on a map at rest.
        MapPage.waitUntilSettled(page);
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
