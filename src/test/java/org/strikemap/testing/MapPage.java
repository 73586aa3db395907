package org.strikemap.testing;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Page;
import java.util.Map;

/**
 * The states a browser test waits for on a page with the map, each a condition the page itself is polled for (every
 * animation frame), never a fixed delay: the map drawn, no server round trip in flight, the layout at rest, the map
 * and the timeline at a given time; and what the map and the timeline show, read at one moment. Limits: knows the
 * page's elements ({@code leaflet-map}, {@code strike-timeline}) and reads a few private fields of Leaflet and of
 * {@code leaflet-map} (a zoom, pan or label placement in progress); waits as long as the page's default timeout.
 */
public final class MapPage {

    /** The strikes layer is on the map: its marks, or the canvas they are drawn on above the canvas threshold. */
    private static final String DRAWN = """
            () => !!document.querySelector("leaflet-map [data-layer-id='strikes'], leaflet-map canvas.lm-canvas-marks")""";

    /** True while a Flow client has a request to the server in flight or queued (never on the embed: it has no Flow). */
    private static final String SERVER_BUSY = """
            () => {
              const clients = (window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) || {};
              return Object.keys(clients).some((key) => key !== 'TypeScript' && clients[key].isActive
                && clients[key].isActive());
            }""";

    /**
     * At rest: no server round trip, no CSS animation or transition running, no Leaflet zoom, pan or label placement
     * pending, and the boxes of everything a test measures (the map itself, whose new size re-fits an unmoved map;
     * marks, labels, the key, the list, the card and its sheet, dialogs and buttons), the map's view, the scroll position and the window's size unchanged over three animation frames in a
     * row.
     */
    private static final String SETTLED = """
            () => {
              const busy = (%s)();
              const element = document.querySelector('leaflet-map');
              const map = element && element._map;
              const moving = !!map && (!!map._animatingZoom || !!(map._panAnim && map._panAnim._inProgress)
                || !!map._flyToFrame || !!element._declutterFrame);
              const animating = document.getAnimations().some((animation) => animation.playState === 'running');
              const boxes = [...document.querySelectorAll('leaflet-map, leaflet-map .lm-mark, leaflet-map .lm-label, leaflet-map canvas,'
                + ' strike-legend, strike-timeline, .sm-list, .sm-details, #sm-sheet, .sm-panel, vaadin-dialog,'
                + ' vaadin-dialog-overlay, vaadin-button')]
                .map((e) => {
                  const r = e.getBoundingClientRect();
                  return [r.x, r.y, r.width, r.height, getComputedStyle(e).visibility].join(' ');
                });
              const view = map && map._loaded ? [map.getCenter().lat, map.getCenter().lng, map.getZoom()].join(' ') : '';
              const layout = [view, scrollX, scrollY, innerWidth, innerHeight, ...boxes].join('|');
              const state = window.__strikemapSettled || (window.__strikemapSettled = { layout: '', frames: 0 });
              state.frames = !busy && !moving && !animating && layout === state.layout ? state.frames + 1 : 0;
              state.layout = layout;
              return state.frames >= 3;
            }""".formatted(SERVER_BUSY);

    private static final String AT_TIME = """
            (time) => document.querySelector('leaflet-map').time === time
              && document.querySelector('strike-timeline').time === time""";

    private static final String MARK_STATES = """
            () => Object.fromEntries([...document.querySelectorAll("leaflet-map [data-layer-id='strikes']")]
              .map((m) => [m.dataset.featureId, m.dataset.state]))""";

    /** {@link Shown} read in one go, or null while the map or the timeline shows another time. */
    private static final String SHOWN_AT = """
            (time) => {
              const map = document.querySelector('leaflet-map');
              const timeline = document.querySelector('strike-timeline');
              if (map.time !== time || timeline.time !== time) {
                return null;
              }
              return {
                marks: (%s)(),
                fills: Object.fromEntries([...map.querySelectorAll('path[data-feature-id]')]
                  .map((p) => [p.dataset.featureId, p.getAttribute('fill').toLowerCase()])),
                count: timeline.shadowRoot.getElementById('count').textContent,
              };
            }""".formatted(MARK_STATES);

    /**
     * What the page shows at one time, read at one moment: each drawn strike's state by id, each region's fill by
     * code, and the timeline's count sentence.
     */
    public record Shown(Map<String, String> marks, Map<String, String> fills, String count) {
    }

    private MapPage() {
    }

    /** Waits until the strikes are on the map and no server round trip is in flight. */
    public static void waitUntilDrawn(Page page) {
        page.waitForFunction(DRAWN).dispose();
        waitForServer(page);
    }

    /** Waits until the page has no request to the server in flight: what a click or a key sent has been answered. */
    public static void waitForServer(Page page) {
        page.waitForFunction("() => !(" + SERVER_BUSY + ")()").dispose();
    }

    /** Waits until the page is at rest (see {@link #SETTLED}): what an action set moving has stopped moving. */
    public static void waitUntilSettled(Page page) {
        waitUntilSettled(page.mainFrame());
    }

    /** As {@link #waitUntilSettled(Page)}, inside one frame (an embed in an article). */
    public static void waitUntilSettled(Frame frame) {
        frame.evaluate("() => { delete window.__strikemapSettled; }");
        frame.waitForFunction(SETTLED).dispose();
    }

    /** Waits until the map and the timeline both show {@code time}: a day, or "from/to" in window mode. */
    public static void waitForTime(Page page, String time) {
        page.waitForFunction(AT_TIME, time).dispose();
    }

    /** Waits until the map and the timeline both show {@code time}, and reads what they show then, in the same turn. */
    @SuppressWarnings("unchecked")
    public static Shown shownAt(Page page, String time) {
        JSHandle handle = page.waitForFunction(SHOWN_AT, time);
        Map<String, Object> shown = (Map<String, Object>) handle.jsonValue();
        handle.dispose();
        return new Shown((Map<String, String>) shown.get("marks"), (Map<String, String>) shown.get("fills"),
                (String) shown.get("count"));
    }

    /** Each strike mark on the map now, by id: its state ("record" or "possible"). */
    @SuppressWarnings("unchecked")
    public static Map<String, String> markStates(Page page) {
        return (Map<String, String>) page.evaluate(MARK_STATES);
    }

    /** The timeline's count sentence now. */
    public static String timelineCount(Page page) {
        return (String) page.evaluate(
                "() => document.querySelector('strike-timeline').shadowRoot.getElementById('count').textContent");
    }
}
