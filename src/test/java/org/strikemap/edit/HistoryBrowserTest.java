package org.strikemap.edit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.strikemap.account.Editor;
import org.strikemap.draft.RecordKey;
import org.strikemap.draft.RecordKind;
import org.strikemap.i18n.Text;
import org.strikemap.publish.PublishService;
import org.strikemap.publish.Version;
import org.strikemap.strike.Location;
import org.strikemap.strike.Strike;
import org.strikemap.strike.StrikeStatus;
import org.strikemap.testing.Axe;
import org.strikemap.testing.MapPage;
import org.strikemap.testing.TestDatabase;
import org.strikemap.testing.View;

/**
 * History in Chromium on the real services, signed in through /login, by keyboard where a person would use it: an
 * editor opens a strike's history and restores the revision before the last (its value is the draft's and the form's);
 * a reviewer opens the map's history, compares the two newest versions (in readers' words, never a constant's name)
 * and rolls the draft back to the earlier one; another reviewer publishes it, and readers see the older content. At
 * 1280 px and on a 390×844 phone (the map's history in Ukrainian there, and in English at 360 px), where nothing is
 * wider than the screen, the grids included; axe-core finds nothing serious. Screenshots: target/screenshots/history/.
 */
class HistoryBrowserTest extends NewsroomBrowserTest {

    static final String SLUG = TestDatabase.SEED_SLUG;
    static final String PATH = "/edit/" + SLUG;
    static final Path SHOTS = Path.of("target", "screenshots", "history");
    static final View PHONE = View.phone(390, 844);

    @Autowired
    PublishService publisher;

    Strike stored(String id) {
        return drafts.open(SLUG, people.reviewer).content().strikes().find(id).orElseThrow();
    }

    long revision(String id) {
        return drafts.open(SLUG, people.reviewer).revisionOf(new RecordKey(RecordKind.STRIKE, id));
    }

    void save(Strike strike, Editor who, String why) {
        drafts.save(SLUG, strike, revision(strike.id()), who, why);
    }

    static Strike withPlace(Strike strike, String place, StrikeStatus status) {
        return new Strike(strike.id(), new Location(Text.of("en", place), strike.location().region(),
                strike.location().point(), strike.location().precision()), strike.date(), status, strike.citation(),
                strike.note());
    }

    static Strike withNote(Strike strike, String note) {
        return new Strike(strike.id(), strike.location(), strike.date(), strike.status(), strike.citation(),
                Text.of("en", note));
    }

    void shoot(Page page, String name) {
        MapPage.waitUntilSettled(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name)).setFullPage(true));
    }

    /** Nothing is wider than the page: neither the page nor a grid of the history ({@code history}) scrolls sideways. */
    static void fitsTheScreen(Page page, int width, String history) {
        assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(width);
        @SuppressWarnings("unchecked")
        List<Number> overflows = (List<Number>) page.evaluate("""
                history => [...document.querySelectorAll(history.split(',').map(part => part + ' vaadin-grid').join(','))].map(grid => {
                  const table = grid.shadowRoot.querySelector('#table');
                  return table.scrollWidth - table.clientWidth;
                })""", history);
        assertThat(overflows).as("how far each grid scrolls sideways").isNotEmpty().allSatisfy(px -> assertThat(px.intValue()).isLessThanOrEqualTo(0));
    }

    @Test
    void anEditorRestoresAnEarlierRevisionOfAStrikeFromItsHistory() {
        Map<String, String> row = EditorBrowserTest.STRIKES.get(EditorBrowserTest.uniquePlace());
        String id = row.get("id");
        Strike before = stored(id);
        save(withNote(before, "A colleague's rewording."), people.reviewer, "a rewording");
        long count = drafts.history(SLUG, new RecordKey(RecordKind.STRIKE, id), people.reviewer).size();

        Page page = open(PATH);
        EditorBrowserTest.cell(page, row.get("place")).click();
        Locator form = page.locator(".ed-form").first();
        assertThat(form.getByLabel("Note (English)")).hasValue("A colleague's rewording.");
        press(button(form, "History (" + count + ")"), "Enter");
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("a rewording");
        assertThat(dialog).containsText(people.reviewer.name());
        assertThat(page.locator("body").ariaSnapshot()).contains("History of " + row.get("place"))
                .contains("Restore revision " + (count - 1));
        assertThat(Axe.seriousIn(page)).as("a strike's history").isEmpty();
        shoot(page, "strike-history-1280.png");

        press(button(dialog, "Restore revision " + (count - 1)), "Enter");
        page.waitForCondition(() -> revision(id) > count);
        assertThat(stored(id)).as("the revision before the last, restored into the draft").isEqualTo(before);
        assertThat(dialog).isHidden();
        assertThat(form.getByLabel("Note (English)")).hasValue(before.note() == null ? "" : before.note().in("en"));
        assertThat(button(form, "History (" + (count + 1) + ")")).isVisible();

        Page phone = open(PATH, PHONE);
        EditorBrowserTest.cell(phone, row.get("place")).tap();
        press(button(phone.locator(".ed-form").first(), "History (" + (count + 1) + ")"), "Enter");
        Locator ticks = ticks(phone.getByRole(AriaRole.DIALOG));
        ticks.nth(0).click();
        ticks.nth(1).click();
        assertThat(phone.getByRole(AriaRole.DIALOG).locator("h3")).containsText(String.valueOf(count + 1));
        fitsTheScreen(phone, PHONE.width(), "vaadin-dialog,vaadin-dialog-overlay");
        shoot(phone, "strike-history-390.png");
    }

    @Test
    void aReviewerComparesVersionsInWordsAndRollsTheMapBackForReaders() {
        Map<String, String> row = EditorBrowserTest.STRIKES.get(EditorBrowserTest.uniquePlace() + 1);
        String id = row.get("id");
        Strike before = stored(id);
        StrikeStatus other = before.status() == StrikeStatus.REPORTED ? StrikeStatus.UNDER_INVESTIGATION
                : StrikeStatus.REPORTED;
        save(withPlace(before, row.get("place") + " (moved)", other), people.editor, "a correction");
        // Two-person review: the reviewer who rolls back below publishes nothing here, nor her own rollback.
        publisher.publish(SLUG, people.admin, "A strike's place and status corrected.");
        List<Version> versions = publisher.versions(SLUG);
        String earlier = PublishDialog.shortName(versions.get(1));

        signInAs = people.reviewer;
        Page page = open(PATH);
        press(button(page.locator("body"), "Map history"), "Enter");
        Locator history = page.locator(".ed-map-history");
        assertThat(history).containsText("A strike's place and status corrected.");
        Locator ticks = ticks(history);
        ticks.nth(0).click();
        ticks.nth(1).click();
        Locator compared = history.locator(".ed-history-compare");
        assertThat(compared.locator("h3")).containsText(earlier);
        assertThat(compared.locator("li")).containsText(row.get("place") + " (moved)");
        // Readers' words for a status, as the readers' log says it; never the constant's name.
        assertThat(compared.locator("li")).containsText(other == StrikeStatus.REPORTED ? "reported attack" : "under investigation");
        assertThat(compared.innerText()).doesNotContainPattern("\\b(REPORTED|UNDER_INVESTIGATION|SITE|TOWN|REGION|DAY|MONTH|PERIOD)\\b");
        assertThat(page.locator("body").ariaSnapshot()).contains("Published versions").contains("Roll back to version " + earlier);
        assertThat(Axe.seriousIn(page)).as("the map's history").isEmpty();
        shoot(page, "map-history-compare-1280.png");

        press(button(history, "Roll back to version " + earlier), "Enter");
        Locator confirm = page.getByRole(AriaRole.DIALOG);
        assertThat(confirm).containsText(earlier);
        confirm.getByLabel("Why (for the history, optional)").fill("the correction was wrong");
        shoot(page, "map-history-roll-back-1280.png");
        press(button(confirm, "Roll back to this version"), "Enter");
        page.waitForCondition(() -> stored(id).equals(before));

        signInAs = people.admin;
        Page admin = open(PATH);
        press(button(admin.locator("body"), "Publish…"), "Enter");
        Locator publish = admin.getByRole(AriaRole.DIALOG);
        publish.getByLabel("Note for readers").fill("The earlier place and status again.");
        publish.getByLabel("Note for readers").press("Tab");
        press(button(publish, "Publish"), "Enter");
        admin.waitForCondition(() -> publisher.versions(SLUG).size() > versions.size());

        signInAs = null;
        Page reader = open("/maps/" + SLUG);
        Locator listed = reader.locator(".sm-list-button[data-strike='" + id + "']");
        reader.waitForCondition(() -> listed.count() == 1);
        assertThat(listed).containsText(row.get("place"));
        assertThat(listed).not().containsText("(moved)");

        signInAs = people.reviewer;
        Page phone = open(PATH + "?lang=uk", PHONE);
        press(button(phone.locator("body"), "Історія мапи"), "Enter");
        Locator phoneHistory = phone.locator(".ed-map-history");
        assertThat(phoneHistory).containsText("Опубліковані версії");
        Locator phoneTicks = ticks(phoneHistory);
        phoneTicks.nth(1).click();
        phoneTicks.nth(2).click();
        assertThat(phoneHistory.locator(".ed-history-compare li").first()).isVisible();
        fitsTheScreen(phone, PHONE.width(), ".ed-map-history");
        shoot(phone, "map-history-uk-390.png");

        Page narrow = open(PATH, View.phone(360, 780));
        press(button(narrow.locator("body"), "Map history"), "Enter");
        assertThat(narrow.locator(".ed-map-history")).containsText("Published versions");
        fitsTheScreen(narrow, 360, ".ed-map-history");
        shoot(narrow, "map-history-360.png");
    }
}
