package org.strikemap.edit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.strikemap.account.Editor;
import org.strikemap.draft.HistoryEntry;
import org.strikemap.draft.RecordKey;
import org.strikemap.draft.RecordKind;
import org.strikemap.geo.GeoPoint;
import org.strikemap.source.Claim;
import org.strikemap.strike.Strike;
import org.strikemap.testing.MapPage;
import org.strikemap.testing.TestDatabase;

/**
 * One strike's way from the newsroom to readers, in Chromium on the real draft and publish services: an editor adds a
 * strike (place, a point clicked on the map, a day, a report and its sentence word for word) and a claim of it with
 * its own quote; a colleague saves the same strike meanwhile, and the editor's save shows who saved it, when, and
 * both texts side by side; keeping hers loses neither (the colleague's stays in the history); a reviewer publishes
 * and the readers' map lists the new strike. Screenshots go to target/screenshots/edit/.
 */
class DraftToReadersBrowserTest extends NewsroomBrowserTest {

    static final String SLUG = TestDatabase.SEED_SLUG;
    static final String PATH = "/edit/" + SLUG;
    static final String PLACE = "Testivka";

    Page signedIn(Editor who, String path) {
        signInAs = who;
        Page page = open(path);
        page.locator("vaadin-grid.ed-grid").first().waitFor();
        return page;
    }

    Optional<Strike> added() {
        return drafts.open(SLUG, people.reviewer).content().strikes().all().stream()
                .filter(strike -> PLACE.equals(strike.location().place().in("en"))).findFirst();
    }

    /** Picks {@code source}'s item of the report box inside {@code scope}. */
    static void chooseSource(Page page, Locator scope, String source) {
        scope.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Source").setExact(true)).fill(source);
        page.locator("vaadin-combo-box-item:not([hidden])", new Page.LocatorOptions().setHasText(Pattern.compile("^"
                + EditorBrowserTest.jsLiteral(source) + " ·"))).first().click();
    }

    @Test
    void aNewStrikeMeetsAColleaguesSaveAndReachesReadersOncePublished() {
        Map<String, String> cited = EditorBrowserTest.STRIKES.getFirst();

        // An editor adds the strike.
        Page editor = signedIn(people.editor, PATH);
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New strike")).click();
        MapPage.waitForServer(editor);
        Locator form = editor.locator(".ed-form").first();
        type(editor, form.getByLabel("Place (English)"), PLACE);
        editor.locator("leaflet-map").scrollIntoViewIfNeeded();
        GeoPoint point = EditorBrowserTest.pointOf(EditorBrowserTest.elsewhere());
        double[] at = EditorBrowserTest.pixelOf(editor, point);
        editor.mouse().click(at[0], at[1]);
        MapPage.waitForServer(editor);
        Locator day = form.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Day").setExact(true));
        day.fill(cited.get("date_from"));
        day.press("Enter");
        chooseSource(editor, form, cited.get("source"));
        form.getByLabel("Quote", new Locator.GetByLabelOptions().setExact(true)).fill(cited.get("quote"));
        assertThat(form.locator(".ed-quote-check").first()).containsText("✓");
        button(form.locator(".ed-form-actions"), "Save").click();
        MapPage.waitForServer(editor);
        Locator alerts = editor.locator("vaadin-notification-card");
        editor.waitForCondition(() -> added().isPresent() || alerts.count() > 0);
        assertThat(added()).as("saved, with no alert: %s %s", alerts.allInnerTexts(), form.locator("[invalid]").evaluateAll(
                "fields => fields.map(f => (f.label || f.localName) + ': ' + (f.errorMessage || ''))")).isPresent();
        Strike strike = added().orElseThrow();
        assertThat(strike.sourceId()).isEqualTo(cited.get("source"));
        assertThat(strike.citation().quote()).isEqualTo(cited.get("quote"));
        assertThat(strike.date().from().toString()).isEqualTo(cited.get("date_from"));
        assertThat(strike.location().point().lat()).isCloseTo(point.lat(), org.assertj.core.data.Offset.offset(0.05));

        // and a claim of it, with its own quote.
        button(form, "+ Claim").click();
        Locator dialog = editor.getByRole(AriaRole.DIALOG);
        dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Kind").setExact(true)).fill("killed");
        dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Kind").setExact(true)).press("Enter");
        dialog.getByLabel("Value", new Locator.GetByLabelOptions().setExact(true)).fill("3");
        dialog.getByLabel("Text", new Locator.GetByLabelOptions().setExact(true)).fill("3 killed");
        dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Who says so").setExact(true)).fill("A test prosecutor");
        dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Who says so").setExact(true)).press("Enter");
        chooseSource(editor, dialog, cited.get("source"));
        dialog.getByLabel("Quote", new Locator.GetByLabelOptions().setExact(true)).fill(cited.get("quote"));
        button(dialog, "Save").click();
        MapPage.waitForServer(editor);
        editor.waitForCondition(() -> !drafts.open(SLUG, people.reviewer).content().sources().claimsAbout(strike.id()).isEmpty());
        Claim claim = drafts.open(SLUG, people.reviewer).content().sources().claimsAbout(strike.id()).getFirst();
        assertThat(claim.text()).isEqualTo("3 killed");
        assertThat(claim.by()).isEqualTo("A test prosecutor");
        assertThat(form.locator(".ed-claims")).containsText("killed: 3 — A test prosecutor (" + cited.get("source") + ") ✓");

        // A colleague saves the same strike while the editor writes her note.
        Page colleague = signedIn(people.admin, PATH);
        // The new strike is the list's last row, below the grid's fold: its mark on the map opens it.
        colleague.locator("leaflet-map [data-layer-id='strikes'][data-feature-id='" + strike.id() + "']").click();
        assertThat(colleague.locator(".ed-form h2")).containsText(PLACE);
        type(colleague, colleague.locator(".ed-form").first().getByLabel("Note (English)"), "Their note, saved first.");
        button(colleague.locator(".ed-form-actions"), "Save").click();
        MapPage.waitForServer(colleague);
        colleague.waitForCondition(() -> added().orElseThrow().note() != null);

        type(editor, form.getByLabel("Note (English)"), "My note, saved second.");
        button(form.locator(".ed-form-actions"), "Save").click();
        Locator conflict = editor.getByRole(AriaRole.DIALOG);
        assertThat(conflict).containsText(Pattern.compile("Another editor saved this strike (just now|\\d+ min ago)"));
        assertThat(conflict).containsText(people.admin.name());
        assertThat(conflict).containsText("Their note, saved first.");
        assertThat(conflict).containsText("My note, saved second.");
        MapPage.waitUntilSettled(editor);
        editor.screenshot(new Page.ScreenshotOptions().setPath(EditorBrowserTest.SHOTS.resolve("conflict-new-strike-1280.png")));
        button(conflict, "Keep yours").click();
        MapPage.waitForServer(editor);
        editor.waitForCondition(() -> "My note, saved second.".equals(added().orElseThrow().note().in("en")));
        List<HistoryEntry> history = drafts.history(SLUG, new RecordKey(RecordKind.STRIKE, strike.id()), people.reviewer);
        assertThat(history).as("the colleague's text is kept in the history").anySatisfy(entry -> {
            assertThat(entry.made().by()).isEqualTo(people.admin);
            assertThat(((Strike) entry.record()).note().in("en")).isEqualTo("Their note, saved first.");
        });

        // A reviewer publishes; readers see the strike.
        Page reviewer = signedIn(people.reviewer, PATH);
        button(reviewer.locator("body"), "Publish…").click();
        Locator publish = reviewer.getByRole(AriaRole.DIALOG);
        assertThat(publish).containsText("strike " + strike.id());
        type(reviewer, publish.getByLabel("Note for readers"), "A strike on " + PLACE + " added.");
        button(publish, "Publish").click();
        MapPage.waitForServer(reviewer);

        signInAs = null;
        Page reader = open("/maps/" + SLUG);
        Locator listed = reader.locator(".sm-list-button[data-strike='" + strike.id() + "']");
        reader.waitForCondition(() -> listed.count() == 1);
        assertThat(listed).containsText(PLACE);
    }
}
