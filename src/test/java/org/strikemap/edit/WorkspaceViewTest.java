package org.strikemap.edit;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
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
import org.strikemap.draft.HistoryEntry;
import org.strikemap.draft.RecordKey;
import org.strikemap.draft.RecordKind;
import org.strikemap.geo.GeoPoint;
import org.strikemap.ingest.DatasetFiles;
import org.strikemap.strike.DatePrecision;
import org.strikemap.strike.ReportedDate;
import org.strikemap.strike.Strike;
import org.strikemap.testing.TestDatabase;

/**
 * The workspace's strike form and grid, browserless, on the real draft service and the seed map: what a save sends,
 * the region from the point, the quote check, the date span, the filters. Expectations come from data/. Each test
 * touches a strike of its own, so none depends on another's saves.
 */
@SpringBootTest
class WorkspaceViewTest extends SpringBrowserlessTest {

    static final String SLUG = TestDatabase.SEED_SLUG;
    static final List<Map<String, String>> STRIKES = DatasetFiles.rows(TestDatabase.seedMap().resolve("strikes.csv"));

    @Autowired
    DataSource database;
    Newsroom people;
    @Autowired
    DraftService drafts;
    @Autowired
    org.strikemap.publish.PublishService publisher;

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        EditorTestSetup.useSeedMapWithTexts(registry);
    }

    @BeforeEach
    void signIn() {
        people = Newsroom.on(database, SLUG);
        people.signInHere(people.editor);
    }

    StrikesPanel open() {
        UI.getCurrent().navigate(WorkspaceView.class, new RouteParameters(WorkspaceView.SLUG, SLUG));
        return $(StrikesPanel.class).single();
    }

    StrikeForm select(StrikesPanel panel, int row) {
        test(panel.grid()).select(row);
        return panel.form();
    }

    /** The last revision of strike {@code id}: what the last save sent, as the real draft service kept it. */
    HistoryEntry lastSave(String id) {
        return drafts.history(SLUG, new RecordKey(RecordKind.STRIKE, id), people.editor).stream()
                .max(java.util.Comparator.comparingLong(HistoryEntry::number)).orElseThrow();
    }

    Strike stored(String id) {
        return drafts.open(SLUG, people.editor).content().strikes().find(id).orElseThrow();
    }

    @Test
    void theGridListsEveryStrikeOfTheDraftInFileOrder() {
        StrikesPanel panel = open();
        assertThat(test(panel.grid()).size()).isEqualTo(STRIKES.size());
        assertThat(panel.grid().getListDataView().getItems().map(Strike::id))
                .containsExactlyElementsOf(STRIKES.stream().map(row -> row.get("id")).toList());
    }

    @Test
    void selectingARowOpensItsStrikeAndAPointFillsTheRegion() {
        StrikesPanel panel = open();
        Map<String, String> first = STRIKES.getFirst();
        StrikeForm form = select(panel, 0);
        assertThat(form.loaded().id()).isEqualTo(first.get("id"));
        assertThat(form.point()).isEqualTo(new GeoPoint(Double.parseDouble(first.get("lat")), Double.parseDouble(first.get("lon"))));

        form.setPoint(new GeoPoint(50.4501, 30.5234));
        assertThat(form.region()).as("Kyiv's point lies in Kyiv city").isEqualTo("UA-30");
        assertThat(form.regionWarning()).isEmpty();
        form.chooseRegion("UA-63");
        assertThat(form.regionWarning()).as("Kharkiv chosen by hand, the point in Kyiv").contains("Kharkiv").contains("Kyiv");
        form.setPoint(new GeoPoint(55.75, 37.62));
        assertThat(form.regionWarning()).as("a point in Moscow lies in no region of the map")
                .isEqualTo(form.getTranslation("edit.region.outsideArea"));
    }

    @Test
    void savingSendsTheEditedStrikeOverTheRevisionItWasOpenedAt() {
        StrikeForm form = select(open(), 1);
        Strike before = form.loaded();
        long revision = drafts.open(SLUG, people.editor).revisionOf(new RecordKey(RecordKind.STRIKE, before.id()));
        test((TextField) form.placeField().input("en")).setValue("Kharkiv (city centre)");
        test(form.whyField()).setValue("the report names the centre");
        test(form.saveButton()).click();

        HistoryEntry saved = lastSave(before.id());
        assertThat(saved.number()).as("saved over the revision it was opened at").isEqualTo(revision + 1);
        assertThat(saved.made().by()).isEqualTo(people.editor);
        assertThat(saved.made().why()).isEqualTo("the report names the centre");
        assertThat(saved.record()).isEqualTo(new Strike(before.id(), new org.strikemap.strike.Location(
                before.location().place().with("en", "Kharkiv (city centre)"), before.location().region(),
                before.location().point(), before.location().precision()), before.date(), before.status(), before.citation(),
                before.note()));
        assertThat(stored(before.id()).location().place().in("en")).isEqualTo("Kharkiv (city centre)");
        assertThat(form.loaded().location().place().in("en")).as("the form shows what is stored").isEqualTo("Kharkiv (city centre)");
    }

    @Test
    void aQuoteNotFoundIsFlaggedWithWhatWasSearchedAndMayBeCheckedByHand() {
        StrikeForm form = select(open(), 2);
        CitationField citation = form.citationField();
        assertThat(citation.checkText()).startsWith("✓");
        test(citation.quoteInput()).setValue("Missiles   hit\nthe moon, he said.");
        assertThat(citation.checkText()).startsWith("✗").endsWith("Missiles hit the moon, he said.");
        assertThat(citation.byHandInput().isVisible()).isTrue();
        test(citation.byHandInput()).click();
        test(citation.reasonInput()).setValue("read in the printed edition");
        test(form.saveButton()).click();

        HistoryEntry saved = lastSave(form.loaded().id());
        assertThat(saved.made().by()).isEqualTo(people.editor);
        Strike strike = (Strike) saved.record();
        assertThat(strike.citation().quote()).isEqualTo("Missiles   hit\nthe moon, he said.");
        assertThat(strike.citation().checkedByHand())
                .isEqualTo(new org.strikemap.source.QuoteCheck("read in the printed edition", people.editor.name()));
    }

    @Test
    void aMonthIsTheMonthAnyOfItsDaysFallsInAndASpanBackwardsIsRefused() {
        StrikeForm form = select(open(), 3);
        DateSpanField date = form.dateField();
        test(date.precisionInput()).selectItem(date.getTranslation("edit.datePrecision.month"));
        test(date.fromInput()).setValue(LocalDate.of(2024, 2, 17));
        assertThat(date.getValue()).isEqualTo(ReportedDate.month(java.time.YearMonth.of(2024, 2)));

        test(date.precisionInput()).selectItem(date.getTranslation("edit.datePrecision.period"));
        test(date.fromInput()).setValue(LocalDate.of(2024, 2, 7));
        test(date.toInput()).setValue(LocalDate.of(2024, 1, 7));
        assertThat(date.getValue()).isNull();
        assertThat(date.problem()).contains("after");
        String id = form.loaded().id();
        Strike before = stored(id);
        test(form.saveButton()).click();
        assertThat(stored(id)).as("nothing was saved").isEqualTo(before);
    }

    @Test
    void theFiltersNarrowTheGrid() {
        // A colleague's quote that its report does not hold, saved before the page opens.
        Strike changed = stored(STRIKES.get(5).get("id"));
        drafts.save(SLUG, new Strike(changed.id(), changed.location(), changed.date(), changed.status(),
                new org.strikemap.source.Citation(changed.sourceId(), "Words no report holds."), changed.note()),
                drafts.open(SLUG, people.reviewer).revisionOf(new RecordKey(RecordKind.STRIKE, changed.id())),
                people.reviewer, "a test");
        StrikesPanel panel = open();
        var region = panel.filters().regionBox();
        test(region).selectItem(region.getItemLabelGenerator().apply("UA-63"));
        long inKharkiv = STRIKES.stream().filter(row -> row.get("region").equals("UA-63")).count();
        assertThat(test(panel.grid()).size()).isEqualTo((int) inKharkiv);
        region.clear();
        test(panel.filters().quoteNotFoundBox()).click();
        List<String> flagged = panel.grid().getListDataView().getItems().map(Strike::id).toList();
        assertThat(flagged).contains(changed.id());
        Map<String, String> fileQuotes = new java.util.HashMap<>();
        STRIKES.forEach(row -> fileQuotes.put(row.get("id"), row.get("quote")));
        assertThat(panel.grid().getListDataView().getItems()).as("no quote as the files give it is flagged")
                .allSatisfy(strike -> assertThat(strike.citation().quote()).isNotEqualTo(fileQuotes.get(strike.id())));
        test(panel.filters().quoteNotFoundBox()).click();
        test(panel.filters().noSourceBox()).click();
        assertThat(test(panel.grid()).size()).as("every strike cites one of the map's reports").isZero();
    }

    @Test
    void theDraftsStateCountsTheChangesByThePersonAndByColleagues() {
        StrikeForm form = select(open(), 4);
        Span state = $(Span.class).withClassName("ed-draft-state").single();
        String before = state.getText();
        test(form.whyField()).setValue("no change but a new revision");
        test(form.saveButton()).click();
        long mine = publisher.changes(SLUG).stream().filter(change -> change.made().by().equals(people.editor)).count();
        assertThat(mine).isPositive();
        assertThat(state.getText()).isNotEqualTo(before).startsWith("Draft changes:").contains("yours " + mine);
        assertThat($(Button.class).withText("Publish…").exists()).isTrue();
    }

    @Test
    void theHeadersImportLinkLeadsToTheWizardWhichLeadsBack() {
        open();
        RouterLink importFile = $(RouterLink.class).withText("Import…").single();
        assertThat(test(importFile).getPath()).isEqualTo("edit/" + SLUG + "/import");
        test(importFile).click();
        assertThat(getCurrentView()).isInstanceOf(ImportView.class);
        assertThat($(Upload.class).exists()).as("the wizard's first step").isTrue();
        test($(RouterLink.class).withText("Back to the map").single()).click();
        assertThat(getCurrentView()).isInstanceOf(WorkspaceView.class);
        assertThat($(StrikesPanel.class).exists()).isTrue();
    }
}
