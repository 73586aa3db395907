package org.strikemap.edit;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strikemap.account.Editor;
import org.strikemap.dataset.Datasets;
import org.strikemap.draft.DraftService;
import org.strikemap.draft.RecordKey;
import org.strikemap.draft.RecordKind;
import org.strikemap.i18n.Text;
import org.strikemap.ingest.DatasetFiles;
import org.strikemap.publish.PublishService;
import org.strikemap.source.Citation;
import org.strikemap.strike.Location;
import org.strikemap.strike.Strike;
import org.strikemap.testing.TestDatabase;

/**
 * Two editors on one strike, and publishing, browserless on the real draft and publish services: the second save is
 * shown beside the first and merged field by field; "Publish…" lists the changes and refuses with the service's
 * reason (two-person review) or while a quote is neither found nor checked by hand, and publishes for a reviewer.
 */
@SpringBootTest
class ConflictAndPublishTest extends SpringBrowserlessTest {

    static final String SLUG = TestDatabase.SEED_SLUG;
    static final List<Map<String, String>> STRIKES = DatasetFiles.rows(TestDatabase.seedMap().resolve("strikes.csv"));

    @Autowired
    DataSource database;
    Newsroom people;
    @Autowired
    DraftService drafts;
    @Autowired
    PublishService publisher;
    @Autowired
    Datasets readers;

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        EditorTestSetup.useSeedMapWithTexts(registry);
    }

    @BeforeEach
    void texts() {
        people = Newsroom.on(database, SLUG);
    }

    StrikesPanel open(Editor who) {
        people.signInHere(who);
        UI.getCurrent().navigate(WorkspaceView.class, new RouteParameters(WorkspaceView.SLUG, SLUG));
        return $(StrikesPanel.class).single();
    }

    Strike stored(String id) {
        return drafts.open(SLUG, people.reviewer).content().strikes().find(id).orElseThrow();
    }

    long revision(String id) {
        return drafts.open(SLUG, people.reviewer).revisionOf(new RecordKey(RecordKind.STRIKE, id));
    }

    /** A colleague's save of strike {@code id} with another place, while the editor's form is open. */
    void colleagueRenames(String id, String place) {
        Strike strike = stored(id);
        drafts.save(SLUG, new Strike(id, new Location(Text.of("en", place), strike.location().region(),
                strike.location().point(), strike.location().precision()), strike.date(), strike.status(),
                strike.citation(), strike.note()), revision(id), people.reviewer, "their edit");
    }

    @Test
    void aConflictingSaveIsShownSideBySideAndMergedFieldByField() {
        String id = STRIKES.get(6).get("id");
        StrikesPanel panel = open(people.editor);
        test(panel.grid()).select(6);
        StrikeForm form = panel.form();
        colleagueRenames(id, "Their place");
        test((TextArea) form.noteField().input("en")).setValue("My note");
        test(form.saveButton()).click();

        ConflictDialog dialog = $(ConflictDialog.class).single();
        assertThat(dialog.getHeaderTitle()).startsWith("Another editor saved this strike");
        assertThat(dialog.choices().keySet()).contains("location.place.byLanguage.en", "note.byLanguage.en")
                .allMatch(field -> field.startsWith("location.place.") || field.startsWith("note."));
        dialog.choices().forEach((field, choice) -> {
            if (field.startsWith("location.place.")) {
                test(choice).selectItem("Theirs");
            }
        });
        test($(Button.class, dialog).withText("Save the merge").single()).click();

        Strike merged = stored(id);
        assertThat(merged.location().place().in("en")).isEqualTo("Their place");
        assertThat(merged.note().in("en")).isEqualTo("My note");
        assertThat(form.loaded()).as("the form shows the merge as stored").isEqualTo(merged);
    }

    @Test
    void keepingMineSavesItOnTopOfTheirs() {
        String id = STRIKES.get(7).get("id");
        StrikesPanel panel = open(people.editor);
        test(panel.grid()).select(7);
        StrikeForm form = panel.form();
        String mine = form.loaded().location().place().in("en") + " (mine)";
        colleagueRenames(id, "Their place");
        long theirs = revision(id);
        test((TextField) form.placeField().input("en")).setValue(mine);
        test(form.saveButton()).click();
        test($(Button.class, $(ConflictDialog.class).single()).withText("Keep yours").single()).click();

        assertThat(stored(id).location().place().in("en")).isEqualTo(mine);
        assertThat(revision(id)).isEqualTo(theirs + 1);
    }

    @Test
    void takingTheirsShowsTheirsAndSavesNothing() {
        String id = STRIKES.get(8).get("id");
        StrikesPanel panel = open(people.editor);
        test(panel.grid()).select(8);
        StrikeForm form = panel.form();
        colleagueRenames(id, "Their place");
        long theirs = revision(id);
        test((TextArea) form.noteField().input("en")).setValue("Lost on purpose");
        test(form.saveButton()).click();
        test($(Button.class, $(ConflictDialog.class).single()).withText("Take theirs").single()).click();

        assertThat(revision(id)).isEqualTo(theirs);
        assertThat(form.loaded().location().place().in("en")).isEqualTo("Their place");
    }

    @Test
    void publishingIsRefusedWithTheReasonThenDoneByAnotherReviewer() {
        String id = STRIKES.get(9).get("id");
        StrikesPanel panel = open(people.reviewer);
        test(panel.grid()).select(9);
        test((TextArea) panel.form().noteField().input("en")).setValue("Checked again");
        test(panel.form().saveButton()).click();
        assertThat(stored(id).note().in("en")).isEqualTo("Checked again");

        // The author, a reviewer, may not publish her own change (the service's two-person rule), and says why.
        test($(Button.class).withText("Publish…").single()).click();
        PublishDialog own = $(PublishDialog.class).single();
        assertThat($(Span.class, own).withClassName("ed-refusal").single().getText()).contains("two-person review");
        test($(TextArea.class, own).withCaption("Note for readers").single()).setValue("A note");
        assertThat($(Button.class, own).withText("Publish").single().isEnabled()).isFalse();
        own.close();

        String before = readers.find(SLUG).orElseThrow().version();
        open(people.admin); // who may review every map
        test($(Button.class).withText("Publish…").single()).click();
        PublishDialog dialog = $(PublishDialog.class).single();
        assertThat($(Span.class, dialog).withClassName("ed-refusal").exists()).isFalse();
        test($(TextArea.class, dialog).withCaption("Note for readers").single()).setValue("The note of one strike checked again");
        test($(Button.class, dialog).withText("Publish").single()).click();

        assertThat(publisher.changes(SLUG)).isEmpty();
        assertThat(readers.find(SLUG).orElseThrow().version()).as("readers see the new version").isNotEqualTo(before);
        assertThat(readers.find(SLUG).orElseThrow().strikes().find(id).orElseThrow().note().in("en")).isEqualTo("Checked again");
    }

    @Test
    void aQuoteNeitherFoundNorCheckedByHandHoldsPublishingBack() {
        String id = STRIKES.get(10).get("id");
        Strike strike = stored(id);
        drafts.save(SLUG, new Strike(id, strike.location(), strike.date(), strike.status(),
                new Citation(strike.sourceId(), "A sentence no report holds."), strike.note()), revision(id),
                people.editor, "a wrong quote");
        open(people.reviewer);
        test($(Button.class).withText("Publish…").single()).click();
        PublishDialog dialog = $(PublishDialog.class).single();
        assertThat($(Span.class, dialog).withClassName("ed-refusal").single().getText())
                .startsWith("Some quotes are not found").contains("strike " + id);
        test($(TextArea.class, dialog).withCaption("Note for readers").single()).setValue("A note");
        assertThat($(Button.class, dialog).withText("Publish").single().isEnabled()).isFalse();
    }
}
