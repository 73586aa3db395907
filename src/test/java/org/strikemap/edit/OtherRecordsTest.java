package org.strikemap.edit;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.NumberField;
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
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.draft.DraftService;
import org.strikemap.ingest.DatasetFiles;
import org.strikemap.launch.Ring;
import org.strikemap.source.Claim;
import org.strikemap.testing.TestDatabase;

/**
 * Sources, launch sites, range rings, the map's words and a strike's claims, edited the way strikes are, browserless
 * on the real draft service and the seed map: each saved into the draft, a ring's new radius saved as a new ring in
 * place of the old one.
 */
@SpringBootTest
class OtherRecordsTest extends SpringBrowserlessTest {

    static final String SLUG = TestDatabase.SEED_SLUG;

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
    void openTheWorkspace() {
        people = Newsroom.on(database, SLUG);
        people.signInHere(people.editor);
        UI.getCurrent().navigate(WorkspaceView.class, new RouteParameters(WorkspaceView.SLUG, SLUG));
    }

    LoadedDataset draft() {
        return drafts.open(SLUG, people.editor).content();
    }

    void tab(String name) {
        test($(Button.class).withText(name).single()).click();
    }

    Button save() {
        return $(Button.class).withText("Save").all().stream().filter(Button::isVisible)
                .filter(button -> button.getParent().flatMap(p -> p.getParent()).map(form -> form.isVisible()).orElse(false))
                .reduce((first, second) -> second).orElseThrow();
    }

    @Test
    void aNewSourceGetsTheNextIdAndIsSaved() {
        tab("Sources");
        SourcesPanel panel = $(SourcesPanel.class).single();
        test($(Button.class, panel).withText("New source").single()).click();
        int highest = DatasetFiles.rows(TestDatabase.seedMap().resolve("sources.csv")).stream()
                .mapToInt(row -> Integer.parseInt(row.get("id"))).max().orElseThrow();
        String id = String.format("%03d", highest + 1);
        assertThat($(TextField.class, panel).withCaption("Id").single().getValue()).isEqualTo(id);
        test($(TextField.class, panel).withCaption("Outlet").single()).setValue("Ukrainska Pravda");
        test($(TextField.class, panel).withCaption("Publication date as given").single()).setValue("Friday");
        test($(TextField.class, panel).withCaption("Address (URL)").single()).setValue("https://example.org/report");
        test($(TextField.class, panel).withCaption("Seed file").single()).setValue(id + "_report.txt");
        test($(TextArea.class, panel).withCaption("Text").single()).setValue("The whole article, sentence by sentence.");
        test($(Button.class, panel).withText("Save").single()).click();

        assertThat(draft().sources().find(id)).get().satisfies(source -> {
            assertThat(source.outlet()).isEqualTo("Ukrainska Pravda");
            assertThat(source.dateAsGiven()).isEqualTo("Friday");
        });
    }

    @Test
    void aCitedSourcesHeadlineIsSavedInPlace() {
        tab("Sources");
        SourcesPanel panel = $(SourcesPanel.class).single();
        test(panel.grid).select(0);
        String id = draft().sources().all().getFirst().id();
        test($(TextField.class, panel).withCaption("Headline").single()).setValue("A headline, corrected");
        test($(Button.class, panel).withText("Save").single()).click();
        assertThat(draft().sources().find(id).orElseThrow().headline()).isEqualTo("A headline, corrected");
        assertThat(draft().strikes().all()).as("its strikes still cite it").anyMatch(strike -> strike.sourceId().equals(id));
    }

    @Test
    void aLaunchSitesNameIsSaved() {
        tab("Launch sites");
        LaunchSitesPanel panel = $(LaunchSitesPanel.class).single();
        test(panel.grid).select(0);
        String id = draft().launch().sites().getFirst().id();
        test((TextField) $(TextsField.class, panel).first().input("en")).setValue("Voronezh region (as renamed)");
        test($(Button.class, panel).withText("Save").single()).click();
        assertThat(draft().launch().sites().stream().filter(site -> site.id().equals(id)).findFirst().orElseThrow()
                .name().in("en")).isEqualTo("Voronezh region (as renamed)");
    }

    @Test
    void aRingWithANewRadiusReplacesTheOldOne() {
        tab("Range rings");
        RingsPanel panel = $(RingsPanel.class).single();
        Ring before = draft().launch().rings().getFirst();
        test(panel.grid).select(0);
        test($(NumberField.class, panel).withCaption("Radius (km)").single()).setValue(before.radiusKm() + 50);
        test($(Button.class, panel).withText("Save").single()).click();
        List<String> rings = draft().launch().rings().stream().map(Ring::id).toList();
        assertThat(rings).doesNotContain(before.id())
                .contains(new Ring(before.launchSite(), before.radiusKm() + 50, before.label(), before.by(), before.citation()).id());
    }

    @Test
    void theMapsSubtitleIsSaved() {
        tab("The map's own words");
        WordsPanel panel = $(WordsPanel.class).single();
        TextsField subtitle = $(TextsField.class, panel).withCaption("Subtitle").single();
        test((TextField) subtitle.input(draft().description().words().title().original())).setValue("A subtitle, edited");
        test($(Button.class, panel).withText("Save").single()).click();
        assertThat(draft().description().words().subtitle().words()).isEqualTo("A subtitle, edited");
        assertThat(draft().description().area()).as("the area stays").isEqualTo(draft().description().area());
    }

    @Test
    void aClaimIsAddedToAStrike() {
        StrikesPanel panel = $(StrikesPanel.class).single();
        test(panel.grid()).select(0);
        String strike = panel.form().loaded().id();
        int before = draft().sources().claimsAbout(strike).size();
        test($(Button.class, panel).withText("+ Claim").single()).click();
        ClaimDialog dialog = $(ClaimDialog.class).single();
        @SuppressWarnings("unchecked")
        ComboBox<String> kind = $(ComboBox.class, dialog).withCaption("Kind").single();
        test(kind).selectItem("injured");
        test($(TextField.class, dialog).withCaption("Value").single()).setValue("64");
        test($(TextField.class, dialog).withCaption("Text").single()).setValue("64 injured");
        @SuppressWarnings("unchecked")
        ComboBox<String> by = $(ComboBox.class, dialog).withCaption("Who says so").single();
        test(by).selectItem(by.getListDataView().getItems().findFirst().orElseThrow());
        Map<String, String> row = DatasetFiles.rows(TestDatabase.seedMap().resolve("strikes.csv")).getFirst();
        CitationField citation = $(CitationField.class, dialog).single();
        @SuppressWarnings("unchecked")
        ComboBox<org.strikemap.source.Source> source = $(ComboBox.class, citation).single();
        test(source).selectItem(CitationField.describe(draft().sources().find(row.get("source")).orElseThrow()));
        test(citation.quoteInput()).setValue(row.get("quote"));
        assertThat(citation.checkText()).startsWith("✓");
        test($(Button.class, dialog).withText("Save").single()).click();

        List<Claim> claims = draft().sources().claimsAbout(strike);
        assertThat(claims).hasSize(before + 1);
        assertThat(claims.getLast().kind()).isEqualTo("injured");
        assertThat(claims.getLast().value().exact()).isEqualTo("64");
    }
}
