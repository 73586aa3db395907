package org.strikemap.edit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.strikemap.account.AccountTestSupport;
import org.strikemap.account.MapRole;
import org.strikemap.draft.RecordKey;
import org.strikemap.draft.RecordKind;
import org.strikemap.publish.PublishService;
import org.strikemap.testing.MapPage;
import org.strikemap.testing.TestDatabase;
import org.strikemap.testing.View;

/**
 * A correction made in the editor and met by readers, every step in Chromium through the newsroom's screens (issue
 * 18): an editor corrects a strike's date in its form and saves with a reason; a reviewer opens Publish…, sees the
 * change and its author, and publishes with a note for readers; the embed says "Updated …" and its log names the
 * change in English and Ukrainian; the embed pinned to the earlier version keeps the old date; the editor restores the
 * old revision from the strike's history by keyboard, the reviewer publishes, and the old date is back. The reason and
 * the note carry markup, which stays text in the publish dialog, both histories and the readers' log. The log at
 * 1280 px and on a 390×844 phone: target/screenshots/corrections/.
 */
class CorrectionInEditorBrowserTest extends NewsroomBrowserTest {

    static final String SLUG = TestDatabase.SEED_SLUG;
    static final Path SHOTS = Path.of("target", "screenshots", "corrections");
    static final String HOSTILE = "<img src=x onerror=\"window.__hacked=1\">";
    static final String NEW_DAY = "2024-01-02";
    static final Pattern CORRECTED = Pattern.compile("the date was corrected from “([^”]+)” to “([^”]+)”");

    @Autowired
    PublishService publisher;

    /** A strike of the seed map whose place no other strike has, and which the other editor tests leave alone. */
    static Map<String, String> strikeToCorrect() {
        return EditorBrowserTest.STRIKES.stream().filter(row -> row.get("id").equals("poltava-region")).findFirst()
                .orElseThrow();
    }

    String embed(String query) {
        return "/maps/" + SLUG + "/embed?" + query;
    }

    /** The strike's card of the embed at {@code path}, once drawn. */
    String card(String path, View view) {
        Locator details = open(path, view).locator(".sm-details").first();
        details.waitFor();
        return details.innerText();
    }

    /** The markup ran nowhere: no script set the flag and no image was made of it. */
    static void inert(Page page) {
        assertThat(page.evaluate("() => window.__hacked === undefined")).as("window.__hacked").isEqualTo(true);
        assertThat(page.locator("img[src='x']").count()).isZero();
    }

    /**
     * The story starts from a published map: whatever an earlier test on the same database left in the draft (some of
     * it perhaps the reviewer's, whom two-person review would then stop) is published by a reviewer who made none of it.
     */
    void publishLeftovers() {
        if (!publisher.changes(SLUG).isEmpty()) {
            publisher.publish(SLUG, AccountTestSupport.over(database).person("Other Reviewer", SLUG, MapRole.REVIEWER),
                    "Other tests' changes.");
        }
    }

    /** A reviewer opens Publish…, sees the change by its author and {@code why}, and publishes it with {@code note}. */
    void publishAsReviewer(String id, String why, String note) {
        signInAs = people.reviewer;
        Page page = open("/edit/" + SLUG);
        int before = publisher.versions(SLUG).size();
        press(button(page.locator("body"), "Publish…"), "Enter");
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("strike " + id);
        assertThat(dialog).containsText(people.editor.name());
        assertThat(dialog).containsText(why);
        type(page, dialog.getByLabel("Note for readers"), note);
        press(button(dialog, "Publish"), "Enter");
        page.waitForCondition(() -> publisher.versions(SLUG).size() > before);
        inert(page);
        // Readers are served a new version within seconds (the published maps are polled): the embed's log has its note.
        String words = note.replace(HOSTILE, "").strip();
        page.waitForCondition(() -> page.request().get(url(embed("lang=en"))).text().contains(words));
    }

    @Test
    void aDateCorrectedInTheEditorReachesReadersAndIsUndoneFromTheStrikesHistory() {
        Map<String, String> row = strikeToCorrect();
        String id = row.get("id");
        publishLeftovers();
        String before = publisher.versions(SLUG).getFirst().version();
        String why = "the report dates it " + HOSTILE;
        String note = "The day of the strike in Poltava region is reported " + HOSTILE;
        RecordKey key = new RecordKey(RecordKind.STRIKE, id);

        // The editor corrects the date in the strike's form: a day instead of a period.
        Page editor = open("/edit/" + SLUG);
        EditorBrowserTest.cell(editor, row.get("place")).click();
        Locator form = editor.locator(".ed-form").first();
        assertThat(form.locator("h2")).containsText(row.get("place"));
        form.locator(".ed-date vaadin-select").click();
        editor.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Day").setExact(true)).click();
        Locator day = form.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Day").setExact(true));
        day.fill(NEW_DAY);
        day.press("Enter");
        type(editor, form.getByLabel("Why (for the history, optional)"), why);
        long revisions = drafts.history(SLUG, key, people.reviewer).size();
        button(form.locator(".ed-form-actions"), "Save").click();
        MapPage.waitForServer(editor);
        editor.waitForCondition(() -> drafts.history(SLUG, key, people.reviewer).size() > revisions);
        assertThat(drafts.open(SLUG, people.reviewer).content().strikes().find(id).orElseThrow().date().from())
                .hasToString(NEW_DAY);

        publishAsReviewer(id, why, note);

        // Readers: "Updated …", and the log names the change, in English and in Ukrainian.
        signInAs = null;
        Page latest = open(embed("lang=en&strike=" + id));
        Locator card = latest.locator(".sm-details").first();
        assertThat(card).containsText("2 January 2024");
        Locator updated = latest.locator("details.sm-updates summary");
        assertThat(updated.innerText()).startsWith("Updated ").endsWith("What changed");
        updated.click();
        Locator log = latest.locator(".sm-updates-log");
        assertThat(log).containsText(note);
        Matcher change = CORRECTED.matcher(log.innerText());
        assertThat(change.find()).as("the log names the date's correction: %s", log.innerText()).isTrue();
        String oldDate = change.group(1);
        assertThat(change.group(2)).isEqualTo("2 January 2024");
        inert(latest);
        MapPage.waitUntilSettled(latest);
        latest.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("log-1280.png")).setFullPage(true));

        Page ukrainian = open(embed("lang=uk&strike=" + id), View.DESKTOP.inLanguage("uk"));
        Locator summary = ukrainian.locator("details.sm-updates summary");
        assertThat(summary.innerText()).startsWith("Оновлено ");
        summary.click();
        assertThat(ukrainian.locator(".sm-updates-log")).containsText(Pattern.compile("дату виправлено з «[^»]+» на «2 січня 2024»"));
        assertThat(ukrainian.locator(".sm-updates-log")).containsText(note);
        inert(ukrainian);

        Page phone = open(embed("lang=en"), View.phone(390, 844));
        phone.locator("details.sm-updates summary").click();
        Locator sentence = phone.getByText(change.group(), new Page.GetByTextOptions());
        sentence.scrollIntoViewIfNeeded();
        assertThat(sentence).isVisible();
        assertThat(((Number) phone.evaluate("() => document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
        inert(phone);
        phone.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("log-390.png")));

        // The article pinned to the earlier version keeps the old date.
        assertThat(card(embed("lang=en&strike=" + id + "&version=" + before), View.DESKTOP)).contains(oldDate)
                .doesNotContain("2 January 2024");

        // Newsroom history: the reason and the note stay text.
        signInAs = people.reviewer;
        Page reviewer = open("/edit/" + SLUG);
        press(button(reviewer.locator("body"), "Map history"), "Enter");
        assertThat(reviewer.locator(".ed-map-history")).containsText(note);
        inert(reviewer);

        // The editor restores the revision before the correction from the strike's history, by keyboard.
        signInAs = people.editor;
        Page restoring = open("/edit/" + SLUG);
        EditorBrowserTest.cell(restoring, row.get("place")).click();
        long count = drafts.history(SLUG, key, people.reviewer).size();
        Locator restoringForm = restoring.locator(".ed-form").first();
        press(button(restoringForm, "History (" + count + ")"), "Enter");
        Locator history = restoring.getByRole(AriaRole.DIALOG);
        assertThat(history).containsText(why);
        assertThat(history).containsText(people.editor.name());
        inert(restoring);
        press(button(history, "Restore revision " + (count - 1)), "Enter");
        restoring.waitForCondition(() -> drafts.history(SLUG, key, people.reviewer).size() > count);

        publishAsReviewer(id, "", "The earlier dates of the strike in Poltava region again.");

        signInAs = null;
        Page restored = open(embed("lang=en&strike=" + id));
        assertThat(restored.locator(".sm-details").first()).containsText(oldDate);
        assertThat(restored.locator(".sm-details").first()).not().containsText("2 January 2024");
        restored.locator("details.sm-updates summary").click();
        assertThat(restored.locator(".sm-updates-log")).containsText(
                "the date was corrected from “2 January 2024” to “" + oldDate + "”");
    }
}
