package org.strikemap.bench;

import com.microsoft.playwright.Page;

/**
 * Waits until the first strike mark is in the DOM and returns {@code performance.now()} of that animation frame
 * (Playwright polls every frame). Looks in the document and in any {@code leaflet-map} shadow root.
 * Limits: "in the DOM" is not "painted"; the frame is the one where the mark was first seen.
 */
final class Marks {

    static final String APP_MARK = ".lm-mark";
    static final String FLOOR_MARK = ".floor-mark";

    private static final String DRAWN = """
            sel => {
              if (document.querySelector(sel)) return performance.now();
              for (const map of document.querySelectorAll('leaflet-map')) {
                if (map.shadowRoot && map.shadowRoot.querySelector(sel)) return performance.now();
              }
              return false;
            }""";

    private Marks() {
    }

    static double waitUntilDrawn(Page page, String markSelector) {
        Object drawnAt = page.waitForFunction(DRAWN, markSelector,
                new Page.WaitForFunctionOptions().setTimeout(60_000)).jsonValue();
        return ((Number) drawnAt).doubleValue();
    }
}
