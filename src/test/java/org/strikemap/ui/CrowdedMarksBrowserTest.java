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
 * With more strikes in view than can be drawn apart (frontend/leaflet-map/canvas-circles.js), crowded squares of the
 * map are numbered circles: read from what the canvas is actually told to paint (each mark stamp by its state, each
 * number by its colour), the marks and circles of a frame add up to exactly the strikes the layer's own days say are
 * on record and possible, day after day and in a window, for a few hundred paint calls instead of thousands. The
 * legend explains the circles while they are drawn, and a click on a number zooms into its marks.
 */
class CrowdedMarksBrowserTest extends AppBrowserTest {

    private static final int SYNTHETIC = 4000;

    @DynamicPropertySource
    static void syntheticData(DynamicPropertyRegistry registry) throws IOException {
        SyntheticData.register(registry, SYNTHETIC, 13);
    }

    // Since the marks' canvas was last cleared: mark stamps per state (the layer names the state on each sprite) and
    // the numbers painted, with where (page pixels) and in which colour. A number in the marks' on-record text colour
    // (white on the solid disc) counts strikes on record; any other ("+n" under a disc, or n in a ghost disc), possible.
    private static final String WATCH_PAINT = """
            (() => {
              const fresh = () => ({ record: 0, possible: 0, numbers: [] });
              window.paint = fresh();
              const proto = CanvasRenderingContext2D.prototype;
              const marks = (context) => context.canvas.classList.contains('lm-canvas-marks');
              const clear = proto.clearRect;
              proto.clearRect = function (...args) {
                if (marks(this)) { window.paint = fresh(); }
                return clear.apply(this, args);
              };
              const draw = proto.drawImage;
              proto.drawImage = function (image, ...rest) {
                if (marks(this) && image && image.lmState) { window.paint[image.lmState] += 1; }
                return draw.call(this, image, ...rest);
              };
              const text = proto.fillText;
              proto.fillText = function (value, x, y, ...rest) {
                if (marks(this)) {
                  const at = this.getTransform().transformPoint(new DOMPoint(x, y));
                  const box = this.canvas.getBoundingClientRect();
                  const ratio = this.canvas.width / box.width;
                  window.paint.numbers.push({ value: String(value), colour: this.fillStyle,
                    x: box.left + at.x / ratio, y: box.top + at.y / ratio });
                }
                return text.call(this, value, x, y, ...rest);
              };
            })();""";

    // The frame's paint summed: strikes on record and possible as marks and numbers, and how many paint calls.
    private static final String PAINTED = """
            () => {
              const p = window.paint;
              const ofRecord = (n) => n.colour === '#ffffff';
              const sum = (list) => list.reduce((total, n) => total + Number(n.value.replace('+', '')), 0);
              return { record: p.record + sum(p.numbers.filter(ofRecord)),
                       possible: p.possible + sum(p.numbers.filter((n) => !ofRecord(n))),
                       calls: p.record + p.possible + p.numbers.length, circles: p.numbers.filter((n) => !n.value.startsWith('+')).length };
            }""";

    // Moves a timeline input to `value`, a frame for the canvas to draw; returns the timeline's time.
    private static final String MOVE = """
            async ([id, value]) => {
              const timeline = document.querySelector('strike-timeline');
              const input = timeline.shadowRoot.getElementById(id);
              input.value = String(value);
              input.dispatchEvent(new Event('input', { bubbles: true }));
              await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
              return timeline.time;
            }""";

    @Test
    void crowdedMarksAreCountedInCirclesThatAddUpToTheDataAndOpenOnAClick() {
        Page page = newPage(View.DESKTOP);
        page.addInitScript(WATCH_PAINT);
        navigate(page, "/embed");
        page.waitForFunction("() => document.querySelector('leaflet-map').clustered === true");
        int last = ((Number) page.evaluate("() => Number(document.querySelector('strike-timeline').shadowRoot"
                + ".getElementById('slider').max)")).intValue();

        for (int day : new int[] {0, last / 3, last / 2, last}) {
            String time = (String) page.evaluate(MOVE, List.of("slider", day));
            assertPaintMatches(page, time);
        }
        page.evaluate("() => document.querySelector('strike-timeline').shadowRoot.getElementById('mode-window').click()");
        page.evaluate(MOVE, List.of("from", last / 3));
        assertPaintMatches(page, (String) page.evaluate(MOVE, List.of("to", last / 2)));

        // The legend names the circles while they are drawn.
        assertThat((String) page.evaluate("() => document.querySelector('strike-legend').textContent"))
                .contains("Numbered circle");

        // A click on a circle's number zooms into its marks: where the numbers were last painted, on a map at rest.
        MapPage.waitUntilSettled(page);
        @SuppressWarnings("unchecked")
        Map<String, Object> number = (Map<String, Object>) page.evaluate("""
                () => window.paint.numbers.find((n) => !n.value.startsWith('+')
                  && document.elementFromPoint(n.x, n.y)?.closest('.leaflet-map-pane, .lm-container'))""");
        assertThat(number).as("a circle's number on the open map").isNotNull();
        double zoom = ((Number) page.evaluate("() => document.querySelector('leaflet-map')._map.getZoom()")).doubleValue();
        page.mouse().click(((Number) number.get("x")).doubleValue(), ((Number) number.get("y")).doubleValue());
        page.waitForFunction("(before) => document.querySelector('leaflet-map')._map.getZoom() > before", zoom);
        assertThat((String) page.evaluate("() => new URLSearchParams(location.search).get('strike')")).isNull();

        // Zoomed in far enough, the marks are drawn apart again and the legend drops the circles.
        page.evaluate("() => document.querySelector('leaflet-map')._map.setZoom(10, { animate: false })");
        page.waitForFunction("() => document.querySelector('leaflet-map').clustered === false");
        assertThat((String) page.evaluate("() => document.querySelector('strike-legend').textContent"))
                .doesNotContain("Numbered circle");
    }

    @SuppressWarnings("unchecked")
    private static void assertPaintMatches(Page page, String time) {
        Map<String, Number> expected = (Map<String, Number>) page.evaluate(SyntheticData.EXPECTED_STATES, time);
        Map<String, Number> painted = (Map<String, Number>) page.evaluate(PAINTED);
        assertThat(expected.get("record").intValue() + expected.get("possible").intValue()).as("shown at %s", time)
                .isGreaterThan(100);
        assertThat(painted.get("record").intValue()).as("on record at %s", time).isEqualTo(expected.get("record").intValue());
        assertThat(painted.get("possible").intValue()).as("possible at %s", time)
                .isEqualTo(expected.get("possible").intValue());
        assertThat(painted.get("circles").intValue()).as("circles at %s", time).isPositive();
        // The point of the circles: a frame paints a few hundred things, not one per strike.
        assertThat(painted.get("calls").intValue()).as("paint calls at %s", time)
                .isLessThan((expected.get("record").intValue() + expected.get("possible").intValue()) / 3);
    }
}
