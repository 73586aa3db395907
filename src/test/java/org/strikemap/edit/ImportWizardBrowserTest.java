package org.strikemap.edit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.testing.MapPage;
import org.strikemap.testing.TestDatabase;

/**
 * The import wizard in Chromium, on the real services and the seed map, signed in through /login: an editor follows
 * the workspace's "Import…" (from the keyboard) and imports, in turn, an ACLED export, GeoJSON points, a plain CSV
 * whose columns she maps, and the map's own zip as readers download it. Each file is first uploaded with a bad row:
 * the preview shows the counts, that row as {@code file:line: reason} and the rows outside the map's area, and nothing
 * can be written; the file without the bad row is then imported, its progress and end shown, and its strikes are in
 * the draft. A 100,000-row file (the figure) shows its progress bar while it is read, and the page still
 * answers meanwhile. A reviewer's Publish… names the imported strikes whose
 * quotes are not found in their reports (their texts are not stored), which must be checked by hand before
 * publishing; the publish itself and the readers' page are not yet driven here. Screenshots of each step at 1280
 * and 390 px go to target/screenshots/import/; at 390 px no step is wider than the window.
 */
class ImportWizardBrowserTest extends NewsroomBrowserTest {

    static final String SLUG = TestDatabase.SEED_SLUG;
    static final Path SHOTS = Path.of("target", "screenshots", "import");
    static final String ACLED = "event_id_cnty,event_date,time_precision,geo_precision,admin1,location,latitude,longitude,"
            + "source,notes,fatalities\n";
    static final String ACLED_ROWS = "WZB1,2024-01-09,1,1,Kharkiv,Kharkiv,49.99,36.23,Suspilne,A strike.,2\n"
            + "WZB2,2024-01-10,1,1,Moscow,Moscow,55.75,37.62,Suspilne,Far away.,0\n";
    static final String GEOJSON = """
            {"type": "FeatureCollection", "features": [
            {"type": "Feature", "id": "wb1", "geometry": {"type": "Point", "coordinates": [30.52, 50.45]}, "properties": {"date": "2024-01-12", "location": "Kyiv", "sources": ["https://example.org/wb1"]}},
            {"type": "Feature", "id": "wb2", "geometry": {"type": "Point", "coordinates": [37.62, 55.75]}, "properties": {"date": "2024-01-12", "location": "Far away", "sources": ["https://example.org/wb2"]}}%s
            ]}""";
    static final String GEOJSON_BAD = """
            ,
            {"type": "Feature", "id": "wb3", "geometry": {"type": "Point", "coordinates": [30.52, 50.45]}, "properties": {"date": "2024-13-45", "location": "Kyiv", "sources": ["https://example.org/wb3"]}}""";
    static final String SHEET = "No.,Date,Town,Lat,Lon,Link,What happened\n"
            + "s1,09/01/2024,Kharkiv,49.99,36.23,https://example.org/s1,\"A strike\non two lines.\"\n"
            + "s2,10/01/2024,Moscow,55.75,37.62,https://example.org/s2,Far away.\n";

    LoadedDataset draft() {
        return drafts.open(SLUG, people.reviewer).content();
    }

    @Test
    void eachFormatIsPreviewedThenImportedIntoTheDraftWhereAReviewerFindsIt() throws IOException {
        Page page = open("/edit/" + SLUG);
        Locator importLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import…").setExact(true));
        importLink.focus();
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile("/edit/" + SLUG + "/import$"));
        shoot(page, "1-file");

        // (d) The map's own zip, as readers download it, with a strike added: first, as it is the whole map.
        byte[] zip = page.request().get(url("/api/maps/" + SLUG + "/data.zip")).body();
        upload(page, "map.zip", withStrike(zip, "zip-bad", "123.5"));
        assertThat(radio(page, "A map's own files (ZIP, as Get the data gives them): the whole map")).isChecked();
        next(page);
        // A map's own files are read whole: a bad row refuses the file, with where and why.
        assertThat(page.locator(".dio-step .dio-alert"))
                .containsText(Pattern.compile("map\\.zip:strikes\\.csv:\\d+: lat 123\\.5 is outside -90\\.\\.90"));
        assertThat(writeButton(page)).hasCount(0);
        shoot(page, "4-preview-refused");
        startAgain(page);
        upload(page, "map.zip", withStrike(zip, "zip-added", null));
        next(page);
        assertThat(previewOf(page).locator(".dio-counts")).containsText("1 strikes to add");
        write(page);
        assertThat(draft().strikes().find("zip-added")).isPresent();

        // (a) An ACLED export.
        again(page);
        upload(page, "acled.csv", ACLED + ACLED_ROWS + "WZB3,2024-01-11,1,1,Kyiv,Kyiv,north,30.52,Suspilne,Bad.,0\n");
        assertThat(radio(page, "ACLED event export (CSV)")).isChecked();
        shoot(page, "2-format");
        next(page);
        Locator preview = previewOf(page);
        assertThat(preview.locator(".dio-counts")).containsText("3 rows read");
        assertThat(preview.locator(".dio-problems")).containsText(Pattern.compile("acled\\.csv:4: \\S"));
        assertThat(preview.locator(".dio-outside")).containsText("acled.csv:3: Moscow");
        assertThat(writeButton(page)).isDisabled();
        shoot(page, "4-preview-problem");
        startAgain(page);
        upload(page, "acled.csv", ACLED + ACLED_ROWS);
        next(page);
        assertThat(previewOf(page).locator(".dio-outside")).containsText("acled.csv:3: Moscow");
        write(page);
        assertThat(draft().strikes().find("acled-WZB1")).isPresent();
        assertThat(draft().strikes().find("acled-WZB2")).as("outside the area: left out").isEmpty();

        // (b) GeoJSON points.
        again(page);
        upload(page, "events.geojson", GEOJSON.formatted(GEOJSON_BAD));
        assertThat(radio(page, "GeoJSON points with properties")).isChecked();
        next(page);
        preview = previewOf(page);
        assertThat(preview.locator(".dio-problems")).containsText(Pattern.compile("events\\.geojson:4: \\S"));
        assertThat(preview.locator(".dio-outside")).containsText("events.geojson:3: Far away");
        startAgain(page);
        upload(page, "events.geojson", GEOJSON.formatted(""));
        next(page);
        assertThat(previewOf(page).locator(".dio-counts")).containsText("2 rows read: 1 strikes to add");
        write(page);
        assertThat(draft().strikes().find("geo-wb1")).isPresent();

        // (c) Any other CSV: its columns mapped by hand.
        again(page);
        upload(page, "sheet.csv", SHEET + "s3,11/01/2024,Nowhere,,,,No place.\n");
        assertThat(radio(page, "Another CSV file: say which column holds what")).isChecked();
        next(page);
        mapColumns(page);
        shoot(page, "3-columns");
        next(page);
        preview = previewOf(page);
        assertThat(preview.locator(".dio-problems"))
                .containsText("sheet.csv:5: no coordinates and no region: the row cannot be placed");
        assertThat(preview.locator(".dio-outside")).containsText("sheet.csv:4: Moscow");
        startAgain(page);
        upload(page, "sheet.csv", SHEET);
        next(page);
        mapColumns(page);
        next(page);
        assertThat(previewOf(page).locator(".dio-counts")).containsText("2 rows read: 1 strikes to add");
        shoot(page, "4-preview");
        write(page);
        shoot(page, "5-done");
        shoot(page, "5-done");
        assertThat(draft().strikes().find("csv-s1").orElseThrow().date().from().toString()).isEqualTo("2024-01-09");

        // A reviewer (not the editor who imported) opens Publish…: imported strikes cite reports whose texts the
        // map does not hold, so their quotes must be checked by hand before they are published (not yet done here).
        signInAs = people.reviewer;
        Page reviewer = open("/edit/" + SLUG);
        reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish…").setExact(true)).click();
        Locator publish = reviewer.getByRole(AriaRole.DIALOG);
        publish.getByLabel("Note for readers").fill("Imported strikes.");
        assertThat(publish.locator("#ed-publish-refusal")).containsText("strike acled-WZB1");
        assertThat(publish.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish").setExact(true)))
                .isDisabled();
    }

    @Test
    void aLongFileShowsItsProgressAndThePageStillAnswers() {
        Page page = open("/edit/" + SLUG);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import…").setExact(true)).click();
        StringBuilder rows = new StringBuilder(ACLED);
        for (int i = 1; i <= 100_000; i++) {
            rows.append("BIG").append(i).append(",2024-01-").append(10 + i % 19).append(",1,1,Kharkiv,Kharkiv,49.99,36.23,")
                    .append("Suspilne,Row ").append(i).append(" of a long export.,0\n");
        }
        upload(page, "long.csv", rows.toString());
        next(page);
        // The bar stands from the click until the poll that finds the reading done (at least one poll interval), so
        // it is seen however fast the machine; how far it has moved by then depends on the machine, and is not asserted:
        // on a quiet one the file's bytes are all read before the first poll.
        page.waitForFunction("() => { const bar = document.querySelector('.dio-step vaadin-progress-bar');"
                + " return !!bar && !(bar.value >= 1); }").dispose();
        shoot(page, "4-reading");
        // The page answers a click meanwhile: another tab opens, while the wizard reads behind it (or has just ended).
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Live data")).click();
        assertThat(page.getByText("The map follows no address.")).isVisible();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Import a file")).click();
        assertThat(previewOf(page).locator(".dio-counts")).containsText(
                Pattern.compile("100,?000 rows read: 100,?000 strikes to add"));
    }

    static Locator radio(Page page, String label) {
        return page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    static Locator writeButton(Page page) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import into the draft"));
    }

    /** Chooses {@code file} in the upload's input, as a person picking it does, and waits for the format step. */
    static void upload(Page page, String name, String text) {
        upload(page, name, text.getBytes(StandardCharsets.UTF_8));
    }

    static void upload(Page page, String name, byte[] bytes) {
        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload(name, "application/octet-stream", bytes));
        page.getByRole(AriaRole.RADIOGROUP).waitFor();
    }

    static void next(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next").setExact(true)).click();
    }

    /** Waits for the preview, read in the background, and returns it. */
    static Locator previewOf(Page page) {
        Locator preview = page.locator(".dio-preview");
        Locator alert = page.locator(".dio-step .dio-alert");
        page.locator(".dio-preview, .dio-step .dio-alert").first().waitFor();
        assertThat(alert.allInnerTexts()).as("the wizard's alerts").isEmpty();
        return preview;
    }

    /** From a preview back to the first step: Back (to the format, or the columns), Back… */
    static void startAgain(Page page) {
        while (!page.locator("vaadin-upload").isVisible()) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back").setExact(true)).click();
            MapPage.waitForServer(page);
        }
    }

    /** Writes the previewed import and waits until it is done. */
    static void write(Page page) {
        writeButton(page).click();
        Locator done = page.locator(".dio-done");
        done.waitFor();
        assertThat(done).containsText("records written into the map's draft");
    }

    /** After an import: back to the map's workspace, and from its header to the wizard again. */
    static void again(Page page) {
        page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Back to the map")).click();
        page.locator("vaadin-grid.ed-grid").first().waitFor();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import…").setExact(true)).click();
        page.locator("vaadin-upload").waitFor();
    }

    /** The mapping step: which column holds what, the date's spelling among them. */
    static void mapColumns(Page page) {
        choose(page, "Date", "Date");
        choose(page, "Dates are written as", "dd/mm/yyyy");
        choose(page, "Latitude", "Lat");
        choose(page, "Longitude", "Lon");
        choose(page, "Place", "Town");
        choose(page, "Id (so a later import updates the same strike)", "No.");
        choose(page, "Description (the sentence cited)", "What happened");
    }

    /** Opens the select labelled {@code label} and picks {@code item}, as a person does. */
    static void choose(Page page, String label, String item) {
        Locator selects = page.locator("vaadin-select");
        selects.first().waitFor();
        int index = ((Number) page.evaluate("label => [...document.querySelectorAll('vaadin-select')]"
                + ".findIndex((select) => select.label === label)", label)).intValue();
        assertThat(index).as("a select labelled %s", label).isNotNegative();
        Locator select = selects.nth(index);
        select.click();
        // Its list, not the copy of the chosen item that the select shows as its value.
        select.locator("vaadin-select-list-box").getByRole(AriaRole.OPTION,
                new Locator.GetByRoleOptions().setName(item).setExact(true)).click();
        MapPage.waitForServer(page);
    }

    /** The zip with one more strike: a copy of its first, under {@code id}, its latitude {@code lat} if given. */
    static byte[] withStrike(byte[] zip, String id, String lat) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().endsWith("strikes.csv")) {
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    String first = text.lines().skip(1).findFirst().orElseThrow();
                    String added = id + first.substring(first.indexOf(','));
                    String[] cells = first.split(",");
                    if (lat != null) {
                        added = added.replaceFirst(Pattern.quote("," + cells[4] + ","), "," + lat + ",");
                    }
                    bytes = ((text.endsWith("\n") ? text : text + "\n") + added + "\n").getBytes(StandardCharsets.UTF_8);
                }
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(bytes);
                copy.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The page as it is, at 1280 px and at 390 px, where nothing may be wider than the window. */
    static void shoot(Page page, String step) {
        MapPage.waitForServer(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(step + "-1280.png")).setFullPage(true));
        page.setViewportSize(390, 844);
        page.waitForFunction("() => window.innerWidth === 390").dispose();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(step + "-390.png")).setFullPage(true));
        Object wider = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        page.setViewportSize(1280, 800);
        assertThat(((Number) wider).intValue()).as("%s at 390 px: wider than the window by", step).isLessThanOrEqualTo(0);
    }
}
