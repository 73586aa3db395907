package org.strikemap.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.util.List;
import java.util.Map;
import org.strikemap.testing.Chromium;

/**
 * Issue 7's timeline figure: opens {@code /embed} of a running app (started on a synthetic dataset by
 * src/bin/bench-timeline), then steps the timeline's slider through every day of the period, twice, in the page;
 * then, in window mode, slides a WINDOW_DAYS-day window across the period, twice, each handle's move one step.
 * A step is the slider's input event and everything it does synchronously (map marks, region counts, count
 * sentence), plus the style and layout it forces; paint and compositing are not in it. Marks drawn on a canvas are
 * drawn once per frame, after the step: that draw, with its raster (forced by reading one pixel), is the last column
 * (p50 / p95 / max per frame). Prints load time to marks
 * drawn and p50, p95 and max per step. Stepping stops after two minutes, so a slow build still yields its figures
 * (the steps column says how many were measured). Arguments: base URL, label. Limits: one headless Chromium.
 */
public final class TimelineSteps {

    // `span` 0: the slider through every day, "up to" each. `span` > 0: window mode, a window of `span` days slid
    // across the period, its end handle then its start handle moved a day each (two steps per day).
    private static final String STEP_ALL = """
            async (span) => {
              const timeline = document.querySelector('strike-timeline');
              const root = timeline.shadowRoot;
              if (span > 0) {
                root.getElementById('mode-window').click();
                await new Promise((resolve) => setTimeout(resolve, 500));
              }
              const slider = root.getElementById(span > 0 ? 'to' : 'slider');
              const last = Number(slider.max);
              const times = [];
              const draws = [];
              const deadline = performance.now() + 120000;
              const step = async (input, value) => {
                const t0 = performance.now();
                input.value = String(value);
                input.dispatchEvent(new Event('input', { bubbles: true }));
                document.body.offsetHeight;
                times.push(performance.now() - t0);
                // A canvas layer draws once per frame, before ours runs; reading a pixel rasterises what it drew.
                await new Promise((resolve) => requestAnimationFrame(() => {
                  const r0 = performance.now();
                  for (const canvas of document.querySelectorAll('leaflet-map canvas')) {
                    canvas.getContext('2d').getImageData(0, 0, 1, 1);
                  }
                  const raster = performance.now() - r0;
                  const drawn = performance.getEntriesByName('lm-canvas-draw');
                  performance.clearMeasures('lm-canvas-draw');
                  if (drawn.length) {
                    draws.push(drawn.reduce((sum, entry) => sum + entry.duration, 0) + raster);
                  }
                  setTimeout(resolve, 0);
                }));
              };
              for (let round = 0; round < 2; round++) {
                for (let i = 0; i <= last - span && performance.now() < deadline; i++) {
                  const value = round % 2 === 0 ? i : last - span - i;
                  if (span > 0) {
                    // Forward the end leads (the handles cannot cross), backward the start does.
                    const [first, second] = round % 2 === 0 ? [['to', value + span], ['from', value]]
                      : [['from', value], ['to', value + span]];
                    await step(root.getElementById(first[0]), first[1]);
                    await step(root.getElementById(second[0]), second[1]);
                  } else {
                    await step(slider, value);
                  }
                }
              }
              return { times, draws };
            }""";

    /** The window-mode pass's window, in days. */
    private static final int WINDOW_DAYS = 7;

    private TimelineSteps() {
    }

    public static void main(String[] args) {
        String base = args[0];
        try (Playwright playwright = Playwright.create()) {
            Browser browser = Chromium.launch(playwright);
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 800));
            page.setDefaultTimeout(600_000);
            long start = System.nanoTime();
            page.navigate(base + "/embed");
            page.waitForFunction("() => { const m = document.querySelector('leaflet-map');"
                    + " return m && m.visibleFeatureIds && m.visibleFeatureIds('strikes').length > 0; }");
            long loadMillis = (System.nanoTime() - start) / 1_000_000;
            int marks = ((Number) page.evaluate("() => document.querySelector('leaflet-map').visibleFeatureIds('strikes').length"))
                    .intValue();
            String drawing = (Boolean) page.evaluate("() => !!document.querySelector('leaflet-map canvas.lm-canvas-marks')")
                    ? "canvas" : "DOM";
            // What loading cost on the wire and in the browser: the strikes layer's size and fetch, for the report.
            System.err.println("[bench-timeline] strikes layer (encoded bytes, decoded bytes, fetch ms): " + page.evaluate("""
                    () => {
                      const url = document.querySelector('leaflet-map').layers.find((layer) => layer.id === 'strikes').url;
                      const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith(url));
                      return entry ? [entry.encodedBodySize, entry.decodedBodySize, Math.round(entry.duration)] : 'not seen';
                    }"""));
            report(page, 0, args[1], marks, drawing, loadMillis);
            report(page, WINDOW_DAYS, args[1] + ", " + WINDOW_DAYS + "-day window", marks, drawing, loadMillis);
            browser.close();
        }
    }

    private static void report(Page page, int span, String label, int marks, String drawing, long loadMillis) {
        @SuppressWarnings("unchecked")
        Map<String, List<Number>> raw = (Map<String, List<Number>>) page.evaluate(STEP_ALL, span);
        double[] times = sorted(raw.get("times"));
        double[] draws = sorted(raw.get("draws"));
        System.out.printf("| %s | %,d (%s) | %,d ms | %d | %.1f ms | %.1f ms | %.1f ms | %s |%n", label, marks, drawing,
                loadMillis, times.length, at(times, 0.50), at(times, 0.95), times[times.length - 1],
                draws.length == 0 ? "none (DOM marks: in the step)" : String.format("%.1f / %.1f / %.1f ms",
                        at(draws, 0.50), at(draws, 0.95), draws[draws.length - 1]));
    }

    private static double[] sorted(List<Number> values) {
        return values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
    }

    private static double at(double[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)];
    }
}
