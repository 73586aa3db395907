package org.strikemap.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.util.List;
import org.strikemap.testing.Chromium;

/**
 * Issue 7's timeline figure: opens {@code /embed} of a running app (started on a synthetic dataset by
 * src/bin/bench-timeline), then steps the timeline's slider through every day of the period, twice, in the page.
 * A step is the slider's input event and everything it does synchronously (map marks, region counts, count
 * sentence), plus the style and layout it forces; paint and compositing are not in it. Prints load time to marks
 * drawn and p50, p95 and max per step. Stepping stops after two minutes, so a slow build still yields its figures
 * (the steps column says how many were measured). Arguments: base URL, label. Limits: one headless Chromium.
 */
public final class TimelineSteps {

    private static final String STEP_ALL = """
            async () => {
              const timeline = document.querySelector('strike-timeline');
              const slider = timeline.shadowRoot.getElementById('slider');
              const last = Number(slider.max);
              const times = [];
              const deadline = performance.now() + 120000;
              for (let round = 0; round < 2; round++) {
                for (let i = 0; i <= last && performance.now() < deadline; i++) {
                  const value = round % 2 === 0 ? i : last - i;
                  const t0 = performance.now();
                  slider.value = String(value);
                  slider.dispatchEvent(new Event('input', { bubbles: true }));
                  document.body.offsetHeight;
                  times.push(performance.now() - t0);
                  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
                }
              }
              return times;
            }""";

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
            int marks = ((Number) page.evaluate("() => document.querySelectorAll('leaflet-map .lm-mark').length")).intValue();
            @SuppressWarnings("unchecked")
            List<Number> raw = (List<Number>) page.evaluate(STEP_ALL);
            double[] times = raw.stream().mapToDouble(Number::doubleValue).sorted().toArray();
            System.out.printf("| %s | %,d | %,d ms | %d | %.1f ms | %.1f ms | %.1f ms |%n", args[1], marks, loadMillis,
                    times.length, at(times, 0.50), at(times, 0.95), times[times.length - 1]);
            browser.close();
        }
    }

    private static double at(double[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)];
    }
}
