package org.strikemap.edit;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
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
import org.strikemap.draft.DraftService;
import org.strikemap.draft.RecordKey;
import org.strikemap.draft.RecordKind;
import org.strikemap.i18n.Text;
import org.strikemap.ingest.DatasetFiles;
import org.strikemap.publish.PublishService;
import org.strikemap.publish.Version;
import org.strikemap.strike.Location;
import org.strikemap.strike.Strike;
import org.strikemap.testing.TestDatabase;

/**
 * The map's history part, browserless on the real draft and publish services and the seed map: the published versions
 * newest first with who and the note; two ticked are compared in readers' words; rolling back to the first version
 * makes it the draft again (to publish); a deleted strike is listed and restored.
 */
@SpringBootTest
class MapHistoryPanelTest extends SpringBrowserlessTest {

    static final String SLUG = TestDatabase.SEED_SLUG;
    static final List<Map<String, String>> STRIKES = DatasetFiles.rows(TestDatabase.seedMap().resolve("strikes.csv"));

    @Autowired
    DataSource database;
    Newsroom people;
    @Autowired
    DraftService drafts;
    @Autowired
    PublishService publisher;

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        EditorTestSetup.useSeedMapWithTexts(registry);
    }

    @BeforeEach
    void texts() {
        people = Newsroom.on(database, SLUG);
    }

    Strike stored(String id) {
        return drafts.open(SLUG, people.reviewer).content().strikes().find(id).orElse(null);
    }

    long revision(String id) {
        return drafts.open(SLUG, people.reviewer).revisionOf(new RecordKey(RecordKind.STRIKE, id));
    }

    MapHistoryPanel openHistory() {
        people.signInHere(people.editor);
        UI.getCurrent().navigate(WorkspaceView.class, new RouteParameters(WorkspaceView.SLUG, SLUG));
        test($(Button.class).withText("Map history").single()).click();
        return $(MapHistoryPanel.class).single();
    }

    /** The lines of a grid's cell: the texts of its spans, in order. */
    static List<String> lines(com.vaadin.flow.component.Component cell) {
        return cell.getChildren().filter(com.vaadin.flow.component.html.Span.class::isInstance)
                .map(span -> ((com.vaadin.flow.component.html.Span) span).getText()).toList();
    }

    @SuppressWarnings("unchecked")
    Grid<Version> versions(MapHistoryPanel panel) {
        return (Grid<Version>) $(Grid.class, panel).first();
    }

    @Test
    void versionsAreComparedAndTheDraftRolledBackToAnEarlierOne() {
        String id = STRIKES.get(4).get("id");
        Strike first = stored(id);
        drafts.save(SLUG, new Strike(id, new Location(Text.of("en", "Corrected place"), first.location().region(),
                first.location().point(), first.location().precision()), first.date(), first.status(), first.citation(),
                first.note()), revision(id), people.editor, "the place corrected");
        publisher.publish(SLUG, people.reviewer, "A place corrected.");

        MapHistoryPanel panel = openHistory();
        var grid = test(versions(panel));
        assertThat(grid.size()).isGreaterThanOrEqualTo(2);
        assertThat(lines(grid.getCellComponent(0, 0))).as("name · who, when, note").hasSize(3)
                .satisfies(lines -> assertThat(lines.get(0)).endsWith(" · " + people.reviewer.name()))
                .satisfies(lines -> assertThat(lines.get(2)).isEqualTo("A place corrected."));
        assertThat(lines(grid.getCellComponent(0, 1)).getFirst()).contains("Corrected place");
        assertThat(HistoryDialogTest.cellButton(grid, 0, 1)).as("the newest is the draft's start already").isNull();
        assertThat(HistoryDialogTest.cellButton(grid, 1, 1).getText()).isEqualTo("Roll back to this version");

        grid.select(0);
        grid.select(1);
        assertThat($(ListItem.class, panel).all()).extracting(ListItem::getText).anySatisfy(sentence ->
                assertThat(sentence).contains("Corrected place"));

        HistoryDialogTest.press(HistoryDialogTest.cellButton(grid, 1, 1));
        Dialog confirm = $(Dialog.class).last();
        test($(Button.class, confirm).withText("Roll back to this version").single()).click();
        assertThat(stored(id)).as("the earlier version is the draft again").isEqualTo(first);
        assertThat(publisher.changes(SLUG)).as("a change to publish").isNotEmpty();
    }

    @Test
    void aVersionRepublishedByARollbackKeepsItsOwnChanges() {
        String id = STRIKES.get(5).get("id");
        Strike first = stored(id);
        drafts.save(SLUG, new Strike(id, new Location(Text.of("en", "A place later withdrawn"), first.location().region(),
                first.location().point(), first.location().precision()), first.date(), first.status(), first.citation(),
                first.note()), revision(id), people.editor, "the place corrected");
        // Published by the admin: the class's other tests leave changes of the reviewer's in the draft.
        publisher.publish(SLUG, people.admin, "A place corrected.");
        var before = test(versions(openHistory()));
        String earlierChanges = lines(before.getCellComponent(1, 1)).getFirst();

        // Rolled back and published again: the newest has the same content, hence the same name, as the one before.
        publisher.rollBack(SLUG, publisher.versions(SLUG).get(1).version(), people.editor, "withdrawn");
        publisher.publish(SLUG, people.admin, "The place withdrawn.");
        List<Version> all = publisher.versions(SLUG);
        assertThat(all.get(0).version()).as("the rollback's content is the earlier one's").isEqualTo(all.get(2).version());

        UI.getCurrent().navigate(MapsView.class);
        var grid = test(versions(openHistory()));
        assertThat(lines(grid.getCellComponent(0, 1)).getFirst()).contains("A place later withdrawn");
        assertThat(lines(grid.getCellComponent(2, 1)).getFirst()).as("the earlier version's own changes, not the rollback's")
                .isEqualTo(earlierChanges).doesNotContain("A place later withdrawn");
    }

    @Test
    void aDeletedStrikeIsListedAndRestored() {
        String id = STRIKES.get(6).get("id");
        Strike before = stored(id);
        drafts.delete(SLUG, new RecordKey(RecordKind.STRIKE, id), revision(id), people.reviewer, "a duplicate");
        assertThat(stored(id)).isNull();

        MapHistoryPanel panel = openHistory();
        @SuppressWarnings("unchecked")
        var deleted = test((Grid<org.strikemap.draft.Change>) $(Grid.class, panel).all().get(1));
        assertThat(deleted.size()).isEqualTo(1);
        assertThat(lines(deleted.getCellComponent(0, 0))).as("what, who · when, why").hasSize(3)
                .satisfies(lines -> assertThat(lines.get(0)).isEqualTo("strike " + id))
                .satisfies(lines -> assertThat(lines.get(1)).startsWith(people.reviewer.name() + " · "))
                .satisfies(lines -> assertThat(lines.get(2)).isEqualTo("a duplicate"));
        HistoryDialogTest.press(HistoryDialogTest.cellButton(deleted, 0, 1));
        assertThat(stored(id)).isEqualTo(before);
        assertThat(deleted.size()).as("no longer deleted").isZero();
    }
}
