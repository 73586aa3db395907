package org.strikemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strikemap.ingest.DatasetFiles;
import org.strikemap.testing.MapPage;
import org.strikemap.testing.SeedMapBrowserTest;
import org.strikemap.testing.View;

/**
 * The map reads clearly, checked by element positions in headless Chromium: no mark covers another and each opens
 * itself, labels keep clear of each other, the marks and the map's edge (also after a zoom and a later resize, which
 * keeps the zoom), the key folds where it would cover the map, and list rows that would read alike say what tells them
 * apart.
 */
class LegibleMapBrowserTest extends SeedMapBrowserTest {

    /** Each visible label's four corners as drawn (its transform applied), and each visible mark's box. */
    static final String GEOMETRY = """
            () => {
              const quad = (el) => {
                const anchor = el.parentElement.getBoundingClientRect();
                const x0 = anchor.left + el.offsetLeft, y0 = anchor.top + el.offsetTop;
                const w = el.offsetWidth, h = el.offsetHeight, cs = getComputedStyle(el);
                const m = cs.transform === 'none' ? new DOMMatrix() : new DOMMatrix(cs.transform);
                const [ox, oy] = cs.transformOrigin.split(' ').map(parseFloat);
                return [[0, 0], [w, 0], [w, h], [0, h]].map(([u, v]) => {
                  const p = m.transformPoint(new DOMPoint(u - ox, v - oy));
                  return [x0 + ox + p.x, y0 + oy + p.y];
                });
              };
              const shown = (el) => el.offsetParent !== null && getComputedStyle(el).visibility === 'visible';
              const r = document.querySelector('leaflet-map').getBoundingClientRect();
              return {
                frame: [r.left, r.top, r.right, r.bottom],
                labels: [...document.querySelectorAll('leaflet-map .lm-label')].filter(shown)
                  .map(el => ({ text: el.textContent, kind: el.className, quad: quad(el) })),
                marks: [...document.querySelectorAll('leaflet-map .leaflet-marker-icon.lm-mark')].filter(shown)
                  .map(el => { const b = el.getBoundingClientRect(); return { id: el.dataset.featureId || '',
                    quad: [[b.left, b.top], [b.right, b.top], [b.right, b.bottom], [b.left, b.bottom]] }; }),
              };
            }""";

    @ParameterizedTest
    @CsvSource({"/, 1280, 800", "/embed, 1280, 800", "/, 390, 844", "/embed, 390, 844", "/embed, 360, 640"})
    void labelsKeepClearOfEachOtherTheMarksAndTheEdge(String path, int width, int height) {
        Page page = open(path, view(width, height));
        assertLabelsClear(page, true);
        // Zoomed in, some labels leave the frame; those left must still keep clear.
        page.locator(".leaflet-control-zoom-in").click();
        MapPage.waitUntilSettled(page);
        assertLabelsClear(page, false);
    }

    @Test
    void aZoomByTheButtonsOutlastsALaterResizeAndTheLabelsFollow() {
        Page page = open("/", view(390, 844));
        page.locator(".leaflet-control-zoom-in").click();
        MapPage.waitUntilSettled(page);
        Object zoomed = zoom(page);
        // A later layout step (a phone's toolbar folding away) resizes the map: that must not re-fit it and undo the zoom.
        page.setViewportSize(390, 760);
        MapPage.waitUntilSettled(page);
        assertThat(zoom(page)).isEqualTo(zoomed);
        assertLabelsClear(page, false);
    }

    @Test
    void marksNeverOverlapAndEachOpensItselfByMouseAndByKeyboard() {
        Page page = open("/", view(1280, 800));
        Geometry geometry = Geometry.of(page);
        for (int i = 0; i < geometry.marks.size(); i++) {
            for (int j = i + 1; j < geometry.marks.size(); j++) {
                assertThat(overlap(geometry.marks.get(i).quad(), geometry.marks.get(j).quad()))
                        .as("marks %s and %s", geometry.marks.get(i).text(), geometry.marks.get(j).text()).isFalse();
            }
        }
        Map<String, String> places = DatasetFiles.rows(Path.of("data/north-korean-missiles/strikes.csv")).stream()
                .collect(Collectors.toMap(row -> row.get("id"), row -> row.get("place")));
        List<String> ids = geometry.marks.stream().map(Label::text).filter(places::containsKey).toList();
        assertThat(ids).hasSize(places.size());
        for (String id : ids) {
            // Playwright clicks the mark's centre, and refuses if another element would take the click there.
            mark(page, id).click();
            assertOpened(page, id, places.get(id));
            page.locator(".sm-close").click();
            page.locator(".sm-list").waitFor();
            // Closing the card gives the map its width back; the next mark is clicked where it comes to rest.
            MapPage.waitUntilSettled(page);
        }
        // A mark spread away from its neighbours opens by keyboard too.
        String last = ids.getLast();
        mark(page, last).focus();
        page.keyboard().press("Enter");
        assertOpened(page, last, places.get(last));
    }

    @Test
    void onAPhoneEachMarkOpensItselfByTouch() {
        Page page = open("/embed", view(390, 844));
        Map<String, String> places = DatasetFiles.rows(Path.of("data/north-korean-missiles/strikes.csv")).stream()
                .collect(Collectors.toMap(row -> row.get("id"), row -> row.get("place")));
        for (String id : places.keySet()) {
            // Afresh for each: the map pans to keep an opened mark clear of the sheet.
            navigate(page, "/embed");
            mark(page, id).tap();
            page.waitForCondition(() -> page.url().contains("strike=" + id));
            assertThat(page.locator("#sm-sheet .sm-details h2").textContent()).isEqualTo(places.get(id));
        }
    }

    @ParameterizedTest
    @CsvSource({"/, 1280, 800", "/embed, 1280, 800", "/, 390, 844"})
    void theKeyFoldsIntoAButtonWhereItWouldCoverTheMap(String path, int width, int height) {
        Page page = open(path, view(width, height));
        Locator legend = page.locator("strike-legend");
        BoundingBox box = legend.boundingBox();
        @SuppressWarnings("unchecked")
        List<Number> content = (List<Number>) page.evaluate("() => { const r = document.querySelector('leaflet-map')"
                + ".contentRect(); return [r.left, r.top, r.right, r.bottom]; }");
        boolean covers = box.x < content.get(2).doubleValue() && content.get(0).doubleValue() < box.x + box.width
                && box.y < content.get(3).doubleValue() && content.get(1).doubleValue() < box.y + box.height;
        boolean folded = legend.getAttribute("folded") != null;
        // Folded, only a 44 px button is left over the map; unfolded, the key lies clear of the map's content.
        assertThat(folded || !covers).isTrue();
        if (folded) {
            Locator toggle = page.locator("strike-legend .sm-legend-toggle");
            assertAtLeast44(toggle.boundingBox());
            assertThat(box.width * box.height).isLessThan(140 * 50);
            toggle.click();
            Locator body = page.locator("strike-legend .sm-legend-body");
            PlaywrightAssertions.assertThat(body).isVisible();
            assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
            Locator close = page.locator("strike-legend .sm-legend-close");
            assertAtLeast44(close.boundingBox());
            close.click();
            PlaywrightAssertions.assertThat(body).isHidden();
        }
    }

    @Test
    void listRowsThatWouldReadAlikeSayWhatTellsThemApart() {
        Page page = open("/", view(1280, 800));
        int strikes = DatasetFiles.rows(Path.of("data/north-korean-missiles/strikes.csv")).size();
        page.waitForCondition(() -> page.locator(".sm-list-button[data-strike]").count() == strikes);
        @SuppressWarnings("unchecked")
        List<String> rows = (List<String>) page.evalOnSelectorAll(".sm-list-button[data-strike]",
                "buttons => buttons.map(b => b.innerText.replace(/\\s+/g, ' ').trim())");
        assertThat(rows).doesNotHaveDuplicates();
    }

    private static void assertLabelsClear(Page page, boolean wholeView) {
        Geometry geometry = Geometry.of(page);
        assertThat(geometry.labels).isNotEmpty();
        if (wholeView) {
            assertThat(geometry.labels).as("capitals, the launch site and the ring keep their labels")
                    .filteredOn(label -> label.kind().matches(".*lm-label-(capital|launch|ring).*"))
                    .hasSizeGreaterThanOrEqualTo(2);
        }
        for (Label label : geometry.labels) {
            for (double[] corner : label.quad()) {
                assertThat(corner[0]).as("%s within the map", label.text()).isBetween(geometry.frame[0] - 0.5, geometry.frame[2] + 0.5);
                assertThat(corner[1]).as("%s within the map", label.text()).isBetween(geometry.frame[1] - 0.5, geometry.frame[3] + 0.5);
            }
            for (Label mark : geometry.marks) {
                assertThat(overlap(label.quad(), mark.quad())).as("label %s under mark %s", label.text(), mark.text()).isFalse();
            }
        }
        for (int i = 0; i < geometry.labels.size(); i++) {
            for (int j = i + 1; j < geometry.labels.size(); j++) {
                assertThat(overlap(geometry.labels.get(i).quad(), geometry.labels.get(j).quad()))
                        .as("labels %s and %s", geometry.labels.get(i).text(), geometry.labels.get(j).text()).isFalse();
            }
        }
    }

    private static void assertOpened(Page page, String id, String place) {
        page.waitForCondition(() -> page.url().contains("strike=" + id));
        Locator title = page.locator(".sm-details h2");
        title.waitFor();
        assertThat(title.textContent()).isEqualTo(place);
    }

    static void assertAtLeast44(BoundingBox box) {
        assertThat(box.width).isGreaterThanOrEqualTo(44);
        assertThat(box.height).isGreaterThanOrEqualTo(44);
    }

    /** Convex quads overlap (by more than a hair) unless an edge normal of one separates them. */
    static boolean overlap(double[][] a, double[][] b) {
        for (double[][] shape : new double[][][] {a, b}) {
            for (int i = 0; i < 4; i++) {
                double nx = shape[(i + 1) % 4][1] - shape[i][1];
                double ny = shape[i][0] - shape[(i + 1) % 4][0];
                double length = Math.hypot(nx, ny);
                if (length == 0) {
                    continue;
                }
                double[] pa = project(a, nx / length, ny / length);
                double[] pb = project(b, nx / length, ny / length);
                if (pa[1] <= pb[0] + 0.5 || pb[1] <= pa[0] + 0.5) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double[] project(double[][] quad, double nx, double ny) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double[] p : quad) {
            double d = p[0] * nx + p[1] * ny;
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        return new double[] {min, max};
    }

    /** A phone below 500 px, else a desktop window. */
    private static View view(int width, int height) {
        return width < 500 ? View.phone(width, height) : View.desktop(width, height);
    }

    private static Object zoom(Page page) {
        return page.evaluate("() => document.querySelector('leaflet-map')._map.getZoom()");
    }

    private static Locator mark(Page page, String id) {
        return page.locator("leaflet-map [data-layer-id='strikes'][data-feature-id='" + id + "']");
    }

    record Label(String text, String kind, double[][] quad) {
    }

    record Geometry(double[] frame, List<Label> labels, List<Label> marks) {

        @SuppressWarnings("unchecked")
        static Geometry of(Page page) {
            Map<String, Object> raw = (Map<String, Object>) page.evaluate(GEOMETRY);
            return new Geometry(numbers((List<Object>) raw.get("frame")),
                    ((List<Map<String, Object>>) raw.get("labels")).stream().map(l -> new Label((String) l.get("text"),
                            (String) l.get("kind"), quad(l.get("quad")))).toList(),
                    ((List<Map<String, Object>>) raw.get("marks")).stream().map(m -> new Label((String) m.get("id"),
                            "mark", quad(m.get("quad")))).toList());
        }

        @SuppressWarnings("unchecked")
        private static double[][] quad(Object corners) {
            return ((List<Object>) corners).stream().map(c -> numbers((List<Object>) c)).toArray(double[][]::new);
        }

        private static double[] numbers(List<Object> values) {
            return values.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
        }
    }
}
