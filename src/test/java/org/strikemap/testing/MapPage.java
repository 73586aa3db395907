package org.strikemap.testing;

import com.microsoft.playwright.Page;

/**
 * The states a browser test waits for on a page with the map, each a condition the page itself is polled for (every
 * animation frame), never a fixed delay: the map drawn, no server round trip in flight. Limits: knows the page's
 * elements ({@code leaflet-map}); waits as long as the page's default timeout.
 */
public final class MapPage {

    /** The strikes layer is on the map: its marks, or the canvas they are drawn on above the canvas threshold. */
    private static final String DRAWN = """
            () => !!document.querySelector("leaflet-map [data-layer-id='strikes'], leaflet-map canvas.lm-canvas-marks")""";

    /** No Flow client has a request to the server in flight or queued (true on the embed, which has no Flow). */
    private static final String SERVER_IDLE = """
            () => {
              const clients = (window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) || {};
              return Object.keys(clients).every((key) => key === 'TypeScript' || !clients[key].isActive || !clients[key].isActive());
            }""";

    private MapPage() {
    }

    /** Waits until the strikes are on the map and no server round trip is in flight. */
    public static void waitUntilDrawn(Page page) {
        page.waitForFunction(DRAWN);
        waitForServer(page);
    }

    /** Waits until the page has no request to the server in flight: what a click or a key sent has been answered. */
    public static void waitForServer(Page page) {
        page.waitForFunction(SERVER_IDLE);
    }
}
