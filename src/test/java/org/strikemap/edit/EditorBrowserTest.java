package org.strikemap.edit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.strikemap.geo.GeoPoint;
import org.strikemap.ingest.DatasetFiles;
import org.strikemap.testing.MapPage;
import org.strikemap.testing.TestDatabase;

/**
 * The workspace in Chromium, on the real draft service and the seed map: a click on the map sets a new strike's point
 * and region, dragging the mark (or moving it with the arrow keys) moves an open strike's point, a grid row
 * highlights its mark and a mark selects its row, and the form is filled and saved from the keyboard alone.
 * Screenshots at 1280 px go to target/screenshots/edit/.
 */
class EditorBrowserTest extends NewsroomBrowserTest {

    static final String PATH = "/edit/" + TestDatabase.SEED_SLUG;
    static final List<Map<String, String>> STRIKES = DatasetFiles.rows(TestDatabase.seedMap().resolve("strikes.csv"));
    static final Path SHOTS = Path.of("target", "screenshots", "edit");

    @Autowired
    org.strikemap.dataset.Datasets readers;

    /** A strike of the files in another region than the one of {@link #uniquePlace()}: a point to click or drag to. */
    static Map<String, String> elsewhere() {
        String region = STRIKES.get(uniquePlace()).get("region");
        return STRIKES.stream().filter(row -> !row.get("region").equals(region)).findFirst().orElseThrow();
    }

    static GeoPoint pointOf(Map<String, String> row) {
        return new GeoPoint(Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("lon")));
    }

    /** The English name of the region a strike of the files lies in, as the map's regions give it. */
    String regionName(Map<String, String> row) {
        return readers.find(TestDatabase.SEED_SLUG).orElseThrow().regions().nameOf(row.get("region"), "en");
    }

    /** Where on the page the map shows {@code point}, in CSS pixels. */
    static double[] pixelOf(Page page, GeoPoint point) {
        @SuppressWarnings("unchecked")
        List<Number> xy = (List<Number>) page.evaluate("""
                ([lat, lon]) => {
                  const element = document.querySelector('leaflet-map');
                  const p = element._map.latLngToContainerPoint([lat, lon]);
                  const box = element.getBoundingClientRect();
                  return [box.left + p.x, box.top + p.y];
                }""", List.of(point.lat(), point.lon()));
        return new double[] {xy.get(0).doubleValue(), xy.get(1).doubleValue()};
    }

    /** The grid's cell that reads exactly {@code text}. */
    static Locator cell(Page page, String text) {
        return page.locator("vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText(Pattern.compile("^" + jsLiteral(text) + "$"))).first();
    }

    /** {@code text} as a JavaScript regular expression matches it literally (Java's \Q…\E is unknown there). */
    static String jsLiteral(String text) {
        return text.replaceAll("[\\\\^$.*+?()\\[\\]{}|/]", "\\\\$0");
    }

    /** The first strike of the files after the first whose place no other strike has. */
    static int uniquePlace() {
        for (int i = 1; i < STRIKES.size(); i++) {
            String place = STRIKES.get(i).get("place");
            if (STRIKES.stream().filter(row -> row.get("place").equals(place)).count() == 1) {
                return i;
            }
        }
        throw new IllegalStateException("every place of the seed map is named twice");
    }

    static double value(Page page, String label) {
        return Double.parseDouble(page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).inputValue());
    }

    @Test
    void clickingTheMapSetsANewStrikesPointAndItsRegion() {
        Page page = open(PATH);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New strike")).click();
        page.locator("leaflet-map").scrollIntoViewIfNeeded();
        GeoPoint target = pointOf(elsewhere());
        double[] at = pixelOf(page, target);
        page.mouse().click(at[0], at[1]);
        assertThat(page.locator("[data-draggable-mark]")).isVisible();
        MapPage.waitForServer(page);
        // One pixel at this zoom is a few hundred metres.
        assertThat(value(page, "Latitude")).isCloseTo(target.lat(), org.assertj.core.data.Offset.offset(0.05));
        assertThat(value(page, "Longitude")).isCloseTo(target.lon(), org.assertj.core.data.Offset.offset(0.05));
        assertThat(page.locator("vaadin-combo-box.ed-region-field input")).hasValue(regionName(elsewhere()));
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("new-strike-1280.png")));
    }

    @Test
    void draggingTheMarkOrMovingItWithArrowKeysMovesTheStrikesPoint() {
        Page page = open(PATH);
        int row = uniquePlace();
        String id = STRIKES.get(row).get("id");
        cell(page, STRIKES.get(row).get("place")).click();
        page.locator("leaflet-map").scrollIntoViewIfNeeded();
        Locator mark = page.locator("[data-draggable-mark]");
        assertThat(mark).isVisible();
        assertThat(page.locator("leaflet-map .lm-mark.lm-selected[data-feature-id='" + id + "']")).isVisible();
        MapPage.waitUntilSettled(page);
        double lonBefore = value(page, "Longitude");

        BoundingBox box = mark.boundingBox();
        GeoPoint destination = pointOf(elsewhere());
        double[] target = pixelOf(page, destination);
        page.mouse().move(box.x + box.width / 2, box.y + box.height / 2);
        page.mouse().down();
        page.mouse().move(target[0], target[1], new com.microsoft.playwright.Mouse.MoveOptions().setSteps(12));
        page.mouse().up();
        MapPage.waitForServer(page);
        page.waitForCondition(() -> Math.abs(value(page, "Longitude") - destination.lon()) < 0.05);
        assertThat(page.locator("vaadin-combo-box.ed-region-field input")).hasValue(regionName(elsewhere()));

        double lon = value(page, "Longitude");
        mark.focus();
        page.keyboard().press("ArrowRight");
        MapPage.waitForServer(page);
        page.waitForCondition(() -> value(page, "Longitude") > lon);
        assertThat(value(page, "Longitude")).isNotEqualTo(lonBefore);
    }

    @Test
    void aRowHighlightsItsMarkAndAMarkSelectsItsRow() {
        Page page = open(PATH);
        Map<String, String> strike = STRIKES.get(uniquePlace());
        cell(page, strike.get("place")).click();
        Locator selected = page.locator("leaflet-map .lm-mark.lm-selected");
        assertThat(selected).hasCount(1);
        assertThat(selected).hasAttribute("data-feature-id", strike.get("id"));

        Map<String, String> other = STRIKES.get(0);
        page.locator("leaflet-map [data-layer-id='strikes'][data-feature-id='" + other.get("id") + "']").click();
        assertThat(page.locator("leaflet-map .lm-mark.lm-selected")).hasAttribute("data-feature-id", other.get("id"));
        assertThat(page.locator(".ed-form h2")).containsText(other.get("place"));
        MapPage.waitUntilSettled(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("workspace-1280.png")));
    }

    @Test
    void theFormIsFilledAndSavedFromTheKeyboard() {
        Page page = open(PATH);
        Map<String, String> strike = STRIKES.get(4);
        // From "New strike", Tab enters the grid's header and Tab again its first row; the arrow keys go down to the
        // row, Space selects it.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New strike")).focus();
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        for (int i = 0; i < 4; i++) {
            page.keyboard().press("ArrowDown");
        }
        page.keyboard().press("Space");
        assertThat(page.locator(".ed-form h2")).containsText(strike.get("place"));

        Locator note = page.getByLabel("Note (English)");
        note.focus();
        page.keyboard().press("Control+A");
        page.keyboard().type("Typed from the keyboard.");
        page.keyboard().press("Tab");
        Locator save = page.locator(".ed-form-actions vaadin-button", new Page.LocatorOptions().setHasText("Save")).first();
        save.focus();
        page.keyboard().press("Enter");
        MapPage.waitForServer(page);
        page.waitForCondition(() -> "Typed from the keyboard.".equals(drafts.open(TestDatabase.SEED_SLUG, people.editor)
                .content().strikes().find(strike.get("id")).orElseThrow().note().in("en")));
        assertThat(page.locator(".ed-draft-state")).containsText("yours");
    }
}
