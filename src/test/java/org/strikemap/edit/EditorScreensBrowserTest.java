package org.strikemap.edit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strikemap.account.Editor;
import org.strikemap.draft.RecordKey;
import org.strikemap.draft.RecordKind;
import org.strikemap.i18n.Text;
import org.strikemap.strike.Location;
import org.strikemap.strike.Strike;
import org.strikemap.testing.MapPage;
import org.strikemap.testing.TestDatabase;
import org.strikemap.testing.View;

/**
 * The editor's screens in Chromium on the real services: the phone layout (one column, nothing wider than the
 * screen), hostile words in the data staying text in the grid, the form and the map's marks, a conflict and the
 * publish dialog, the Ukrainian interface and the draft's preview. Screenshots at 1280 and 390 px go to
 * target/screenshots/edit/.
 */
class EditorScreensBrowserTest extends NewsroomBrowserTest {

    static final String SLUG = TestDatabase.SEED_SLUG;
    static final String PATH = "/edit/" + SLUG;
    static final Path SHOTS = EditorBrowserTest.SHOTS;
    static final String HOSTILE = "<img src=x onerror=\"window.__hacked=1\">A place</b>";

    void shoot(Page page, String name) {
        MapPage.waitUntilSettled(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name)));
    }

    Strike stored(String id) {
        return drafts.open(SLUG, people.editor).content().strikes().find(id).orElseThrow();
    }

    long revision(String id) {
        return drafts.open(SLUG, people.editor).revisionOf(new RecordKey(RecordKind.STRIKE, id));
    }

    void rename(String id, String place, String note, Editor who) {
        Strike strike = stored(id);
        drafts.save(SLUG, new Strike(id, new Location(Text.of("en", place), strike.location().region(),
                strike.location().point(), strike.location().precision()), strike.date(), strike.status(), strike.citation(),
                note == null ? strike.note() : Text.of("en", note)), revision(id), who, "a test");
    }

    @Test
    void onAPhoneTheWorkspaceIsOneColumnNoWiderThanTheScreen() {
        Page page = open(PATH, View.phone(390, 844));
        assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
        double gridBottom = page.locator("vaadin-grid.ed-grid").first().boundingBox().y
                + page.locator("vaadin-grid.ed-grid").first().boundingBox().height;
        assertThat(page.locator("leaflet-map").boundingBox().y).as("the map under the list").isGreaterThan(gridBottom);
        assertThat(page.locator(".ed-form").first().boundingBox().y).as("the form under the map")
                .isGreaterThan(page.locator("leaflet-map").boundingBox().y);
        shoot(page, "workspace-390.png");
        String place = EditorBrowserTest.STRIKES.get(EditorBrowserTest.uniquePlace()).get("place");
        EditorBrowserTest.cell(page, place).tap();
        page.locator(".ed-form").first().scrollIntoViewIfNeeded();
        assertThat(page.locator(".ed-form h2")).containsText(place);
        shoot(page, "form-390.png");

        Page maps = newPage(View.phone(390, 844));
        maps.navigate(url("/edit"));
        assertThat(maps.locator("vaadin-grid")).isVisible();
        assertThat(((Number) maps.evaluate("() => document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
        shoot(maps, "maps-390.png");
    }

    @Test
    void hostileWordsInTheDataStayText() {
        String id = EditorBrowserTest.STRIKES.get(2).get("id");
        rename(id, HOSTILE, "<script>window.__hacked=2</script>", people.reviewer);
        Page page = open(PATH);
        Locator cell = EditorBrowserTest.cell(page, HOSTILE);
        assertThat(cell).isVisible();
        cell.click();
        assertThat(page.getByLabel("Place (English)")).hasValue(HOSTILE);
        assertThat(page.locator(".ed-form h2")).containsText(HOSTILE);
        assertThat(page.locator("leaflet-map [data-feature-id='" + id + "']")).hasAttribute("aria-label",
                java.util.regex.Pattern.compile(".*" + EditorBrowserTest.jsLiteral(HOSTILE) + ".*"));
        assertThat(page.locator("img[src='x']")).hasCount(0);
        assertThat(page.evaluate("() => window.__hacked === undefined")).isEqualTo(true);
    }

    @Test
    void aConflictAndThePublishDialogAsTheyLook() {
        Page page = open(PATH);
        shoot(page, "workspace-1280.png");
        // The second strike of a place the files name more than once (the files' order is the grid's).
        String place = EditorBrowserTest.STRIKES.stream().map(row -> row.get("place"))
                .filter(name -> EditorBrowserTest.STRIKES.stream().filter(row -> row.get("place").equals(name)).count() > 1)
                .findFirst().orElseThrow();
        String id = EditorBrowserTest.STRIKES.stream().filter(row -> row.get("place").equals(place)).skip(1).findFirst()
                .orElseThrow().get("id");
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(java.util.regex.Pattern.compile(
                "^" + EditorBrowserTest.jsLiteral(place) + "$"))).nth(1).click();
        assertThat(page.locator(".ed-form h2")).containsText(place);
        String opened = ((String) page.locator("[data-draggable-mark]").getAttribute("aria-label"));
        assertThat(opened).isNotEmpty();
        Strike shown = EditorBrowserTest.STRIKES.stream().filter(row -> row.get("id").equals(id)).findFirst().map(row -> stored(id))
                .orElseThrow();
        rename(shown.id(), place + " (their wording)", null, people.reviewer);
        page.getByLabel("Note (English)").fill("My own note, written while they saved.");
        page.locator(".ed-form-actions vaadin-button").filter(new Locator.FilterOptions().setHasText("Save")).first().click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keep yours"))).isVisible();
        assertThat(page.getByRole(AriaRole.DIALOG)).containsText("Another editor saved this strike");
        shoot(page, "conflict-1280.png");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keep yours")).click();
        MapPage.waitForServer(page);

        signInAs = people.reviewer;
        Page reviewer = open(PATH);
        reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish…")).click();
        assertThat(reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish").setExact(true)))
                .isDisabled();
        reviewer.getByLabel("Note for readers").fill("One strike's place and note reworded.");
        shoot(reviewer, "publish-1280.png");
    }

    @Test
    void theEditorSpeaksUkrainianAndThePreviewIsTheReadersMap() {
        Page page = open(PATH + "?lang=uk");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Удари").setExact(true)))
                .hasAttribute("aria-pressed", "true");
        // "Чернетка: …" or "Зміни в чернетці: …", as other tests of the class left the draft.
        assertThat(page.locator(".ed-draft-state")).containsText(java.util.regex.Pattern.compile("[Чч]ернет"));
        shoot(page, "workspace-uk-1280.png");

        List<String> layers = new ArrayList<>();
        Page preview = newPage(View.DESKTOP);
        preview.onRequest(request -> {
            if (request.url().contains(".geojson")) {
                layers.add(request.url());
            }
        });
        navigate(preview, "/edit/" + SLUG + "/preview");
        assertThat(preview.locator(".ed-preview-banner")).isVisible();
        assertThat(preview.locator("header.sm-header h1")).isVisible();
        assertThat(layers).isNotEmpty().allSatisfy(url -> assertThat(url).contains("/edit/" + SLUG + "/preview/layers/"));
        shoot(preview, "preview-1280.png");
    }

    @Test
    void axeFindsNoSeriousViolationOnTheWorkspaceTheMapsOrADialog() {
        Page page = open(PATH);
        assertThat(org.strikemap.testing.Axe.seriousIn(page)).isEmpty();
        EditorBrowserTest.cell(page, EditorBrowserTest.STRIKES.get(EditorBrowserTest.uniquePlace()).get("place")).click();
        MapPage.waitUntilSettled(page);
        assertThat(org.strikemap.testing.Axe.seriousIn(page)).as("a strike open in the form").isEmpty();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish…")).click();
        MapPage.waitUntilSettled(page);
        assertThat(org.strikemap.testing.Axe.seriousIn(page)).as("the publish dialog").isEmpty();
        Page maps = newPage(View.DESKTOP);
        maps.navigate(url("/edit?lang=uk"));
        maps.locator("vaadin-grid").waitFor();
        MapPage.waitUntilSettled(maps);
        assertThat(org.strikemap.testing.Axe.seriousIn(maps)).as("the maps, in Ukrainian").isEmpty();
    }

    @Test
    void aStrikesHistoryAsItLooksInEnglishAndOnAPhoneInUkrainian() {
        java.util.Map<String, String> row = EditorBrowserTest.STRIKES.get(5);
        rename(row.get("id"), row.get("place"), "A colleague's first note.", people.reviewer);
        rename(row.get("id"), row.get("place") + " (renamed)", "A colleague's second note.", people.admin);
        Page page = open(PATH);
        EditorBrowserTest.cell(page, row.get("place") + " (renamed)").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("History (3)")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText(people.admin.name());
        assertThat(dialog).containsText("Created");
        // Newest first: revisions 3 and 1 (the grid shows no "select all", which would compare nothing).
        ticks(dialog).nth(0).click();
        ticks(dialog).nth(2).click();
        assertThat(dialog.locator("h3")).hasText("Revision 1 beside revision 3");
        shoot(page, "history-1280.png");

        Page phone = open(PATH + "?lang=uk", View.phone(360, 780));
        EditorBrowserTest.cell(phone, row.get("place") + " (renamed)").tap();
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Історія (3)")).click();
        assertThat(phone.getByRole(AriaRole.DIALOG)).containsText("Створено");
        assertThat(((Number) phone.evaluate("() => document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(360);
        shoot(phone, "history-uk-360.png");
    }

    @Test
    void theMapsHistoryAsItLooksInEnglishAndOnAPhoneInUkrainian() {
        String id = EditorBrowserTest.STRIKES.get(8).get("id");
        drafts.delete(SLUG, new RecordKey(RecordKind.STRIKE, id), revision(id), people.reviewer, "a duplicate");
        Page page = open(PATH);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Map history").setExact(true)).click();
        assertThat(page.locator(".ed-map-history")).containsText("Published versions");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Restore " + id))).isVisible();
        shoot(page, "map-history-1280.png");

        Page phone = open(PATH + "?lang=uk", View.phone(360, 780));
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Історія мапи").setExact(true)).click();
        assertThat(phone.locator(".ed-map-history")).containsText("Опубліковані версії");
        assertThat(((Number) phone.evaluate("() => document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(360);
        shoot(phone, "map-history-uk-360.png");
    }

    @Test
    void theOtherRecordsAndTheMapsAsTheyLook() {
        Page page = open(PATH);
        for (String[] tab : new String[][] {{"Sources", "sources-1280.png"}, {"Launch sites", "sites-1280.png"},
                {"Range rings", "rings-1280.png"}, {"The map's own words", "words-1280.png"}}) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(tab[0]).setExact(true)).click();
            assertThat(page.locator(".ed-form").last()).isVisible();
            shoot(page, tab[1]);
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sources").setExact(true)).click();
        EditorBrowserTest.cell(page, EditorBrowserTest.STRIKES.getFirst().get("source")).click();
        assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Outlet"))).not().hasValue("");
        shoot(page, "source-1280.png");

        signInAs = people.admin;
        Page maps = newPage(View.DESKTOP);
        maps.navigate(url("/edit"));
        // The row's button is named for its map, for screen readers: "Who may edit and review <title>".
        maps.locator("vaadin-button", new Page.LocatorOptions().setHasText("People…")).first().click();
        assertThat(maps.getByRole(AriaRole.DIALOG)).containsText(people.reviewer.name());
        shoot(maps, "grants-1280.png");
        maps.keyboard().press("Escape");
        maps.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New map")).click();
        shoot(maps, "new-map-1280.png");
    }
}
