package org.strikemap.edit;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strikemap.account.MapRole;
import org.strikemap.account.People;
import org.strikemap.ingest.DatasetFiles;
import org.strikemap.publish.PublishService;
import org.strikemap.testing.TestDatabase;

/**
 * The list of maps and the doors of the editor, browserless on the real services: the seed map listed with its
 * strikes and last version, archived and back, who may edit it granted by an admin, a new map made; nobody signed in
 * is sent to sign in and a person without the map is refused (the account module's guard), and hostile words
 * stay text. Who is signed in: real people ({@link Newsroom}) in the security context, as there is no HTTP here.
 */
@SpringBootTest
class MapsViewTest extends SpringBrowserlessTest {

    static final String SLUG = TestDatabase.SEED_SLUG;

    @Autowired
    DataSource database;
    Newsroom people;
    @Autowired
    People accounts;
    @Autowired
    PublishService publisher;

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabase.useRealDataIn(registry);
    }

    Grid<PublishService.MapSummary> maps() {
        return $(MapsView.class).single().grid();
    }

    @BeforeEach
    void everyoneBackToTheirRoles() {
        people = Newsroom.on(database, SLUG);
    }

    /** The row of the seed map (a test may have made another map before). */
    int seedRow() {
        List<PublishService.MapSummary> items = maps().getListDataView().getItems().toList();
        return items.indexOf(items.stream().filter(map -> map.slug().equals(SLUG)).findFirst().orElseThrow());
    }

    /** A button of the seed map's row ("Archive", "People…"). */
    Button rowButton(String text) {
        Component actions = test(maps()).getCellComponent(seedRow(), 5);
        return actions.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(button -> button.getText().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void theSeedMapIsListedWithItsStrikesAndLastVersion() {
        people.signInHere(people.editor);
        UI.getCurrent().navigate(MapsView.class);
        List<Map<String, String>> strikes = DatasetFiles.rows(TestDatabase.seedMap().resolve("strikes.csv"));
        Map<String, String> words = Map.of("title", DatasetFiles.rows(TestDatabase.seedMap().resolve("dataset.csv")).stream()
                .filter(row -> row.get("key").equals("title")).findFirst().orElseThrow().get("value"));
        var grid = test(maps());
        int row = seedRow();
        assertThat(grid.getCellText(row, 1)).isEqualTo("Ukraine");
        assertThat(grid.getCellText(row, 2)).isEqualTo(Integer.toString(strikes.size()));
        assertThat(grid.getCellText(row, 4)).as("published at start").contains(publisher.versions(SLUG).getFirst().version()
                .substring(0, 7));
        assertThat(maps().getListDataView().getItem(row).title().words()).isEqualTo(words.get("title"));
        assertThat(test(maps()).getCellComponent(row, 5).getChildren().filter(Button.class::isInstance)
                .map(button -> ((Button) button).getText())).as("People… for admins only").containsExactly("Archive");
    }

    @Test
    void anArchivedMapHidesBehindTheFilterAndComesBack() {
        people.signInHere(people.admin);
        UI.getCurrent().navigate(MapsView.class);
        int listed = test(maps()).size();
        test(rowButton("Archive")).click();
        assertThat(maps().getListDataView().getItems().map(PublishService.MapSummary::slug)).doesNotContain(SLUG);
        assertThat(maps().getListDataView().getItems().count()).isEqualTo(listed - 1);
        test($(Checkbox.class).withCaption("Show archived maps").single()).click();
        assertThat(maps().getListDataView().getItem(seedRow()).archived()).isTrue();
        test(rowButton("Unarchive")).click();
        test($(Checkbox.class).withCaption("Show archived maps").single()).click();
        assertThat(maps().getListDataView().getItems().map(PublishService.MapSummary::slug)).contains(SLUG);
    }

    @Test
    void anAdminGrantsAPersonTheMap() {
        people.signInHere(people.admin);
        UI.getCurrent().navigate(MapsView.class);
        assertThat(accounts.canEdit(people.stranger, SLUG)).isFalse();
        test(rowButton("People…")).click();
        GrantsDialog dialog = $(GrantsDialog.class).single();
        @SuppressWarnings("unchecked")
        ComboBox<org.strikemap.account.Editor> person = $(ComboBox.class, dialog).single();
        test(person).selectItem(people.stranger.name());
        test($(Button.class, dialog).withText("Grant").single()).click();
        assertThat(accounts.canEdit(people.stranger, SLUG)).isTrue();
        assertThat(accounts.grants(people.admin, SLUG)).contains(new People.Grant(people.stranger, MapRole.EDITOR));
    }

    @Test
    void anAdminMakesANewMapAndLandsInIt() {
        people.signInHere(people.admin);
        UI.getCurrent().navigate(MapsView.class);
        test($(Button.class).withText("New map").single()).click();
        NewMapDialog dialog = $(NewMapDialog.class).single();
        test($(TextField.class, dialog).withCaption("Title").single()).setValue("Drones over Lviv");
        assertThat($(TextField.class, dialog).withCaption("Address (slug)").single().getValue()).isEqualTo("drones-over-lviv");
        @SuppressWarnings("unchecked")
        var area = $(com.vaadin.flow.component.combobox.MultiSelectComboBox.class, dialog).single();
        test(area).selectItem("Ukraine (UA)");
        test($(Button.class, dialog).withText("Create the map").single()).click();

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("edit/drones-over-lviv");
        assertThat($(H1.class).last().getText()).isEqualTo("Drones over Lviv");
        assertThat(test($(StrikesPanel.class).single().grid()).size()).isZero();
    }

    @Test
    void theLanguageChosenOnTheAccountsPageHoldsInTheEditor() {
        people.signInHere(people.editor);
        UI.getCurrent().navigate("edit/account", QueryParameters.of("lang", "uk"));
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("uk");
        UI.getCurrent().navigate(MapsView.class);
        assertThat(UI.getCurrent().getLocale().getLanguage()).as("kept by the session, no ?lang=").isEqualTo("uk");
        assertThat($(H1.class).first().getText()).isEqualTo(UI.getCurrent().getTranslation(Locale.forLanguageTag("uk"),
                "edit.maps.title")).isNotEqualTo(UI.getCurrent().getTranslation(Locale.ENGLISH, "edit.maps.title"));
        UI.getCurrent().navigate(MapsView.class, QueryParameters.of("lang", "en"));
        UI.getCurrent().navigate("edit/account");
        assertThat(UI.getCurrent().getLocale().getLanguage()).as("and back, the other way").isEqualTo("en");
    }

    @Test
    void nobodySignedInIsSentToSignInAndAStrangerIsRefused() {
        people.signInHere(null);
        UI.getCurrent().navigate(MapsView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(Access.SIGN_IN);
        UI.getCurrent().navigate(WorkspaceView.class, new RouteParameters(WorkspaceView.SLUG, SLUG));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(Access.SIGN_IN);
        assertThat($(StrikesPanel.class).exists()).isFalse();

        people.signInHere(people.stranger);
        UI.getCurrent().navigate(WorkspaceView.class, new RouteParameters(WorkspaceView.SLUG, SLUG));
        assertThat($(Div.class).id("access-denied")).as("the account module's refusal").isNotNull();
        assertThat($(StrikesPanel.class).exists()).isFalse();
    }
}
