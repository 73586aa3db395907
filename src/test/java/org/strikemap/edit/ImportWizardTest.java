package org.strikemap.edit;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strikemap.account.People;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.draft.DraftService;
import org.strikemap.imports.ImportFormat;
import org.strikemap.live.LiveData;
import org.strikemap.live.LocalServer;
import org.strikemap.testing.TestDatabase;

/**
 * The import wizard (edit/{slug}/import), browserless on the real services and the seed map: a file uploaded, its
 * format detected, a plain CSV's columns guessed and shown, the preview read in the background behind a progress bar
 * (the page polls), problem rows as {@code file:line: reason} with nothing writable and nothing written, then an
 * import written into the draft, its mapping remembered for the same file; the live data tab following a local
 * server's file, showing the last fetch and its problems; and the page refused to whoever may not edit the map. Who is signed
 * in: real people of the account module ({@link Newsroom}), in the security context as there is no HTTP here.
 */
@SpringBootTest(properties = {"strikemap.fetch.allow-private=true", "strikemap.fetch.check=1h"})
@DirtiesContext
class ImportWizardTest extends SpringBrowserlessTest {

    static final String SLUG = TestDatabase.SEED_SLUG;
    static final String HEADER = "No.,Date,Town,Coordinates,Link,What happened\n";

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabase.useRealDataIn(registry);
    }

    @Autowired
    DataSource database;
    @Autowired
    People accounts;
    @Autowired
    DraftService drafts;
    @Autowired
    LiveData live;
    Newsroom people;

    @BeforeEach
    void signIn() {
        people = Newsroom.on(database, SLUG);
        people.signInHere(people.editor);
    }

    void open() {
        navigate(ImportView.class, Map.of(ImportView.SLUG, SLUG));
    }

    void upload(String name, String text) {
        test($(Upload.class).single()).upload(name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
        roundTrip();
    }

    void next() {
        test($(Button.class).withText("Next").single()).click();
    }

    /** Polls as the page does until the running import's progress bar is gone (a generous two minutes at most). */
    void pollUntilTheImportEnds() {
        UI ui = UI.getCurrent();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while ($(ProgressBar.class).exists()) {
            assertThat(Instant.now()).as("the import ended").isBefore(deadline);
            Thread.onSpinWait();
            ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
        }
    }

    String text() {
        return getCurrentView().getElement().getTextRecursively();
    }

    LoadedDataset draft() {
        return drafts.open(SLUG, people.reviewer).content(); // the editor may have lost her role
    }

    @Test
    void aPlainCsvIsMappedAndPreviewedAndAProblemRowLetsNothingBeWritten() {
        int strikes = draft().strikes().all().size();
        open();
        upload("sheet.csv", HEADER + """
                w1,2.1.2024,Kharkiv,"49.99, 36.23",https://example.org/w1,"A strike
                on two lines."
                w2,,Kyiv,"50.45, 30.52",,
                w3,4.1.2024,Nowhere,,,No place at all.
                """);
        assertThat(test($(RadioButtonGroup.class).single()).getSelected()).isEqualTo(ImportFormat.CSV);
        next();
        assertThat($(Paragraph.class).withText("Which column holds what: a guess from the column names. Check each one.")
                .exists()).isTrue();
        assertThat($(Select.class).withLabel("Date").single().getValue()).isEqualTo("Date");
        assertThat($(Select.class).withLabel("Or one column \"latitude, longitude\"").single().getValue()).isEqualTo("Coordinates");
        assertThat($(Select.class).withLabel("Place").single().getValue()).isEqualTo("Town");
        assertThat($(Grid.class).withClassName("dio-sample").single().getColumns()).hasSize(6);
        next();
        assertThat($(ProgressBar.class).exists()).as("the preview is read in the background").isTrue();
        pollUntilTheImportEnds();

        @SuppressWarnings("unchecked")
        Grid<String> problems = $(Grid.class).withClassName("dio-problems").single();
        assertThat(problems.getListDataView().getItems().toList())
                .containsExactly("sheet.csv:5: no coordinates and no region: the row cannot be placed");
        assertThat(text()).contains("Problem rows (1)").contains("3 rows read: 2 strikes to add")
                .contains("While a row has a problem, nothing can be imported.");
        assertThat($(Button.class).withText("Import into the draft").single().isEnabled()).isFalse();
        assertThat(draft().strikes().all()).hasSize(strikes);
    }

    @Test
    void aFileIsWrittenIntoTheDraftOnlyWhenAskedAndItsMappingIsRememberedForTheSameFile() {
        int strikes = draft().strikes().all().size();
        open();
        upload("sheet.csv", HEADER + "m1,6.1.2024,Kharkiv,\"49.99, 36.23\",https://example.org/m1,A strike.\n");
        next();
        test($(Select.class).withLabel("Description (the sentence cited)").single()).selectItem("What happened");
        next();
        pollUntilTheImportEnds();
        assertThat(text()).contains("1 rows read: 1 strikes to add").contains("Nothing is written yet.");
        assertThat(draft().strikes().all()).as("a preview writes nothing").hasSize(strikes);

        test($(Button.class).withText("Import into the draft").single()).click();
        pollUntilTheImportEnds();
        assertThat(text()).contains("records written into the map's draft, one revision each");
        assertThat(draft().strikes().find("csv-m1")).isPresent();

        open();
        upload("sheet.csv", HEADER + "m2,7.1.2024,Kyiv,\"50.45, 30.52\",https://example.org/m2,Another.\n");
        next();
        assertThat($(Paragraph.class).withText("The columns as this map's last import of this file read them.").exists())
                .isTrue();
        assertThat($(Select.class).withLabel("Description (the sentence cited)").single().getValue())
                .isEqualTo("What happened");
    }

    @Test
    void anAcledExportAndGeoJsonPointsAreDetectedPreviewedWithoutAMappingAndWritten() {
        open();
        upload("acled.csv", "event_id_cnty,event_date,time_precision,geo_precision,admin1,location,latitude,longitude,"
                + "source,notes,fatalities\nWZA1,2024-01-09,2,1,Kharkiv,Kharkiv,49.99,36.23,Suspilne,A strike.,2\n");
        assertThat(test($(RadioButtonGroup.class).single()).getSelected()).isEqualTo(ImportFormat.ACLED);
        next();
        pollUntilTheImportEnds();
        assertThat(text()).contains("1 rows read: 1 strikes to add").contains("1 claims");
        test($(Button.class).withText("Import into the draft").single()).click();
        pollUntilTheImportEnds();
        assertThat(draft().strikes().find("acled-WZA1").orElseThrow().date().to()).as("time precision 2: a week")
                .isAfter(draft().strikes().find("acled-WZA1").orElseThrow().date().from());

        open();
        upload("events.geojson", """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "id": "wg1", "geometry": {"type": "Point", "coordinates": [30.52, 50.45]},
                   "properties": {"date": "2024-01-10", "location": "Kyiv", "sources": ["https://example.org/wg1"]}},
                  {"type": "Feature", "id": "wg2", "geometry": {"type": "Point", "coordinates": [37.62, 55.75]},
                   "properties": {"date": "2024-01-10", "location": "Far away", "sources": ["https://example.org/wg2"]}}
                ]}""");
        assertThat(test($(RadioButtonGroup.class).single()).getSelected()).isEqualTo(ImportFormat.GEOJSON);
        next();
        pollUntilTheImportEnds();
        @SuppressWarnings("unchecked")
        Grid<String> outside = $(Grid.class).withClassName("dio-outside").single();
        assertThat(outside.getListDataView().getItems().toList()).singleElement().asString()
                .startsWith("events.geojson:4: Far away");
        test($(Button.class).withText("Import into the draft").single()).click();
        pollUntilTheImportEnds();
        assertThat(draft().strikes().find("geo-wg1")).isPresent();
        assertThat(draft().strikes().find("geo-wg2")).as("outside the map's area: listed, left out").isEmpty();
    }

    @Test
    void aRoleWithdrawnBeforeTheWriteWritesNothingAndSaysWhy() {
        open();
        upload("sheet.csv", HEADER + "r1,8.1.2024,Kharkiv,\"49.99, 36.23\",https://example.org/r1,A strike.\n");
        next();
        next();
        pollUntilTheImportEnds();
        accounts.withdraw(people.admin, people.editor.id(), SLUG);
        test($(Button.class).withText("Import into the draft").single()).click();
        pollUntilTheImportEnds();
        assertThat(text()).contains(people.editor.name() + " may not edit " + SLUG);
        assertThat(draft().strikes().find("csv-r1")).isEmpty();
    }

    @Test
    void theLiveDataTabFollowsAnAddressAndShowsTheLastFetchWithItsProblems() {
        AtomicReference<String> events = new AtomicReference<>("""
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "id": "lv1", "geometry": {"type": "Point", "coordinates": [30.52, 95.0]},
                   "properties": {"date": "2024-01-11", "location": "Kyiv", "sources": ["https://example.org/lv1"]}}
                ]}""");
        try (LocalServer server = new LocalServer()) {
            server.serve("/events.geojson", "application/geo+json", () -> events.get().getBytes(StandardCharsets.UTF_8));
            open();
            Object tab = test($(TabSheet.class).single()).getTabContent("Live data");
            assertThat(tab).as("the view's Live data tab").isInstanceOf(LiveDataPanel.class);
            LiveDataPanel panel = new LiveDataPanel(SLUG, people.editor, live);
            UI.getCurrent().add(panel);
            Supplier<String> shown = () -> panel.getElement().getTextRecursively();
            assertThat(shown.get()).contains("The map follows no address.");
            test($(TextField.class, panel).withLabel("Address (http or https)").single())
                    .setValue(server.url("/events.geojson"));
            test($(Select.class, panel).withLabel("Format").single()).selectItem("GeoJSON points with properties");
            test($(Button.class, panel).withText("Follow this address").single()).click();
            assertThat(shown.get())
                    .contains("The map follows " + server.url("/events.geojson") + "; it has not been fetched yet.");

            test($(Button.class, panel).withText("Fetch now").single()).click();
            assertThat(shown.get()).contains("refused, nothing was imported")
                    .contains("events.geojson:2: latitude 95");
            assertThat(draft().strikes().find("live-lv1")).isEmpty();

            events.set(events.get().replace("95.0", "50.45"));
            test($(Button.class, panel).withText("Fetch now").single()).click();
            assertThat(shown.get()).contains("the change is in the draft, for review").contains("1 added");
            assertThat(draft().strikes().find("live-lv1")).isPresent();
            test($(Button.class, panel).withText("Stop following").single()).click();
            assertThat(shown.get()).contains("The map follows no address.");
        }
    }

    @Test
    void thePageLeadsBackToTheMapsWorkspace() {
        open();
        RouterLink back = $(RouterLink.class).withText("Back to the map").single();
        assertThat(test(back).getPath()).isEqualTo("edit/" + SLUG);
        assertThat(test(back).getRoute()).contains(WorkspaceView.class);
    }

    @Test
    void thePageIsRefusedToWhoeverMayNotEditTheMap() {
        people.signInHere(people.stranger);
        UI.getCurrent().navigate(ImportView.class, new RouteParameters(ImportView.SLUG, SLUG));
        assertThat($(Div.class).id("access-denied")).as("the account module's refusal").isNotNull();
        assertThat($(Upload.class).exists()).isFalse();
        people.signInHere(null);
        UI.getCurrent().navigate(ImportView.class, new RouteParameters(ImportView.SLUG, SLUG));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(Access.SIGN_IN);
        assertThat($(Upload.class).exists()).isFalse();
    }
}
