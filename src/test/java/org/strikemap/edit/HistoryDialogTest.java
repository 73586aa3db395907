package org.strikemap.edit;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
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
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.draft.DraftService;
import org.strikemap.draft.HistoryEntry;
import org.strikemap.draft.RecordFields;
import org.strikemap.draft.RecordKey;
import org.strikemap.draft.RecordKind;
import org.strikemap.ingest.DatasetFiles;
import org.strikemap.source.Claim;
import org.strikemap.source.Source;
import org.strikemap.strike.DatePrecision;
import org.strikemap.strike.Location;
import org.strikemap.strike.LocationPrecision;
import org.strikemap.strike.ReportedDate;
import org.strikemap.strike.Strike;
import org.strikemap.strike.StrikeStatus;
import org.strikemap.testing.TestDatabase;

/**
 * A record's history in the editor, browserless on the real draft service and the seed map: a strike saved twice
 * lists its three revisions newest first with who, why and what changed; two ticked are compared side by side;
 * restoring the first makes a fourth revision equal to it, shown in the form; the history of a report (the other
 * records' panels) restores as well.
 */
@SpringBootTest
class HistoryDialogTest extends SpringBrowserlessTest {

    static final String SLUG = TestDatabase.SEED_SLUG;
    static final List<Map<String, String>> STRIKES = DatasetFiles.rows(TestDatabase.seedMap().resolve("strikes.csv"));

    @Autowired
    DataSource database;
    Newsroom people;
    @Autowired
    DraftService drafts;

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        EditorTestSetup.useSeedMapWithTexts(registry);
    }

    @BeforeEach
    void signIn() {
        people = Newsroom.on(database, SLUG);
        people.signInHere(people.editor);
    }

    void workspace() {
        UI.getCurrent().navigate(WorkspaceView.class, new RouteParameters(WorkspaceView.SLUG, SLUG));
    }

    Strike stored(String id) {
        return drafts.open(SLUG, people.reviewer).content().strikes().find(id).orElseThrow();
    }

    void saveNote(StrikeForm form, String note, String why) {
        test((TextArea) form.noteField().input("en")).setValue(note);
        test(form.whyField()).setValue(why);
        test(form.saveButton()).click();
    }

    /** The words of a grid's component cell. */
    static String text(com.vaadin.flow.component.grid.GridTester<?, ?> grid, int row, int column) {
        return grid.getCellComponent(row, column).getElement().getTextRecursively();
    }

    /** The button a grid's component cell holds, or null for an empty cell. */
    static Button cellButton(com.vaadin.flow.component.grid.GridTester<?, ?> grid, int row, int column) {
        return grid.getCellComponent(row, column).getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .findFirst().orElse(null);
    }

    /** A click on a button drawn in a grid's cell (the renderer's own instance, as the browser's would be). */
    static void press(Button button) {
        com.vaadin.flow.component.ComponentUtil.fireEvent(button, new com.vaadin.flow.component.ClickEvent<>(button));
    }

    @SuppressWarnings("unchecked")
    Grid<HistoryEntry> revisions(HistoryDialog dialog) {
        return (Grid<HistoryEntry>) $(Grid.class, dialog).first();
    }

    @Test
    void aStrikesRevisionsAreListedComparedAndOneRestored() {
        int row = 3;
        String id = STRIKES.get(row).get("id");
        Strike original = stored(id);
        workspace();
        StrikesPanel panel = $(StrikesPanel.class).single();
        test(panel.grid()).select(row);
        StrikeForm form = panel.form();
        saveNote(form, "First rewording", "tighter");
        saveNote(form, "Second rewording", "tighter still");
        assertThat(stored(id).note().in("en")).isEqualTo("Second rewording");

        Button history = $(Button.class, form).withText("History (3)").single();
        test(history).click();
        HistoryDialog dialog = $(HistoryDialog.class).single();
        Grid<HistoryEntry> grid = revisions(dialog);
        var rows = test(grid);
        assertThat(rows.size()).isEqualTo(3);
        List<Long> numbers = List.of(0, 1, 2).stream().map(i -> rows.getRow(i).number()).toList();
        assertThat(numbers).containsExactly(3L, 2L, 1L);
        assertThat(text(rows, 0, 0)).startsWith("3 · " + people.editor.name()).endsWith("tighter still");
        assertThat(text(rows, 0, 1)).startsWith("Note");
        assertThat(text(rows, 2, 1)).startsWith("Created");
        assertThat(cellButton(rows, 0, 1)).as("the newest is the record as it stands").isNull();
        assertThat(cellButton(rows, 1, 1).getText()).isEqualTo("Restore this revision");

        rows.select(0);
        rows.select(2);
        assertThat($(H3.class, dialog).single().getText()).isEqualTo("Revision 1 beside revision 3");
        @SuppressWarnings("unchecked")
        Grid<RecordFields.Row> compared = (Grid<RecordFields.Row>) $(Grid.class, dialog).all().get(1);
        assertThat(test(compared).size()).isPositive();
        assertThat(java.util.stream.IntStream.range(0, test(compared).size()).mapToObj(i -> test(compared).getRow(i))
                .filter(RecordFields.Row::changed).map(RecordFields.Row::right)).containsExactly("Second rewording");

        assertThat(cellButton(rows, 2, 1).getAriaLabel()).contains("Restore revision 1");
        press(cellButton(rows, 2, 1));
        assertThat(stored(id)).as("revision 1 again").isEqualTo(original);
        assertThat(drafts.history(SLUG, new RecordKey(RecordKind.STRIKE, id), people.editor).getFirst().number())
                .isEqualTo(4);
        assertThat($(HistoryDialog.class).exists()).isFalse();
        assertThat(form.loaded()).isEqualTo(original);
        assertThat($(Button.class, form).withText("History (4)").exists()).isTrue();
    }

    /** The compared values of the fields that differ, as the dialog shows them: {field's words, older, newer}. */
    List<List<String>> differing(HistoryDialog dialog) {
        var compared = test((Grid<?>) $(Grid.class, dialog).all().get(1));
        return java.util.stream.IntStream.range(0, compared.size()).filter(i -> ((RecordFields.Row) compared.getRow(i)).changed())
                .mapToObj(i -> List.of(compared.getCellText(i, 0), text(compared, i, 1), text(compared, i, 2))).toList();
    }

    @Test
    void aStrikesChoicesAreComparedInTheFormsWordsInEitherLanguage() {
        int row = 7;
        String id = STRIKES.get(row).get("id");
        Strike first = stored(id);
        StrikeStatus other = first.status() == StrikeStatus.REPORTED ? StrikeStatus.UNDER_INVESTIGATION : StrikeStatus.REPORTED;
        LocationPrecision region = first.location().precision() == LocationPrecision.REGION ? LocationPrecision.TOWN
                : LocationPrecision.REGION;
        drafts.save(SLUG, new Strike(id, new Location(first.location().place(), first.location().region(),
                first.location().point(), region), new ReportedDate(first.date().from(), null, DatePrecision.UNKNOWN), other,
                first.citation(), first.note()), drafts.open(SLUG, people.editor).revisionOf(new RecordKey(RecordKind.STRIKE, id)),
                people.reviewer, "reclassified");
        for (String language : List.of("en", "uk")) {
            UI.getCurrent().navigate("edit/" + SLUG, com.vaadin.flow.router.QueryParameters.of("lang", language));
            StrikesPanel panel = $(StrikesPanel.class).single();
            test(panel.grid()).select(row);
            String history = language.equals("en") ? "History (" : "Історія (";
            test($(Button.class, panel.form()).withCondition(button -> button.getText().startsWith(history)).single()).click();
            HistoryDialog dialog = $(HistoryDialog.class).single();
            test(revisions(dialog)).select(0);
            test(revisions(dialog)).select(1);
            java.util.function.Function<String, String> words = key -> dialog.getTranslation(key);
            assertThat(differing(dialog)).as(language).contains(
                    List.of(FieldLabels.label(dialog, "status"), words.apply("edit.status." + first.status().code()),
                            words.apply("edit.status." + other.code())),
                    List.of(FieldLabels.label(dialog, "location.precision"),
                            words.apply("edit.locationPrecision." + first.location().precision().code()),
                            words.apply("edit.locationPrecision." + region.code())),
                    List.of(FieldLabels.label(dialog, "date.precision"),
                            words.apply("edit.datePrecision." + first.date().precision().code()),
                            words.apply("edit.datePrecision.unknown")));
            assertThat(differing(dialog).stream().flatMap(List::stream)).as("no constant's name")
                    .noneMatch(value -> value.matches(".*\\b(" + String.join("|", java.util.stream.Stream.of(
                            StrikeStatus.values(), LocationPrecision.values(), DatePrecision.values()).flatMap(java.util.Arrays::stream)
                            .map(Enum::name).toList()) + ")\\b.*"));
            dialog.close();
        }
    }

    @Test
    void aReportsHistoryRestoresItsEarlierHeadline() {
        Source first = drafts.open(SLUG, people.editor).content().sources().all().getFirst();
        drafts.save(SLUG, new Source(first.id(), first.file(), first.outlet(), "A reworded headline", first.dateAsGiven(),
                first.note(), first.url(), first.text()), drafts.open(SLUG, people.editor)
                .revisionOf(new RecordKey(RecordKind.SOURCE, first.id())), people.reviewer, "a colleague's headline");
        workspace();
        test($(Button.class).withText("Sources").single()).click();
        SourcesPanel panel = $(SourcesPanel.class).single();
        @SuppressWarnings("unchecked")
        Grid<Source> grid = (Grid<Source>) $(Grid.class, panel).first();
        assertThat(test(grid).getRow(0).id()).isEqualTo(first.id());
        test(grid).select(0);
        test($(Button.class, panel).withText("History (2)").single()).click();
        HistoryDialog dialog = $(HistoryDialog.class).single();
        assertThat(text(test(revisions(dialog)), 0, 0)).contains(people.reviewer.name(), "a colleague's headline");
        press(cellButton(test(revisions(dialog)), 1, 1));
        assertThat(drafts.open(SLUG, people.editor).content().sources().find(first.id()).orElseThrow().headline())
                .isEqualTo(first.headline());
    }

    @Test
    void aClaimsHistoryRestoresItsEarlierWording() {
        LoadedDataset draft = drafts.open(SLUG, people.editor).content();
        Claim first = draft.sources().claims().stream()
                .filter(claim -> draft.strikes().find(claim.subject()).isPresent()).findFirst().orElseThrow();
        RecordKey key = new RecordKey(RecordKind.CLAIM, first.id());
        drafts.save(SLUG, new Claim(first.id(), first.subject(), first.kind(), first.value(), "A reworded claim",
                first.by(), first.citation()), drafts.open(SLUG, people.editor).revisionOf(key), people.reviewer,
                "a colleague's wording");
        workspace();
        StrikesPanel panel = $(StrikesPanel.class).single();
        List<Strike> rows = panel.grid().getListDataView().getItems().toList();
        test(panel.grid()).select(rows.indexOf(rows.stream().filter(strike -> strike.id().equals(first.subject()))
                .findFirst().orElseThrow()));
        ClaimsList claims = $(ClaimsList.class, panel).single();
        test($(Button.class, claims).withText("Edit").first()).click();
        ClaimDialog form = $(ClaimDialog.class).single();
        test($(Button.class, form).withText("History (2)").single()).click();
        HistoryDialog dialog = $(HistoryDialog.class).single();
        assertThat(text(test(revisions(dialog)), 0, 0)).contains(people.reviewer.name(), "a colleague's wording");
        press(cellButton(test(revisions(dialog)), 1, 1));
        assertThat(drafts.open(SLUG, people.editor).content().sources().claims().stream()
                .filter(claim -> claim.id().equals(first.id())).findFirst().orElseThrow().text()).isEqualTo(first.text());
    }
}
