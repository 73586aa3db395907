package org.strikemap.edit;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strikemap.dataset.Datasets;
import org.strikemap.geo.GeoPoint;
import org.strikemap.ingest.DatasetFiles;
import org.strikemap.strike.Strike;
import org.strikemap.testing.TestDatabase;

/**
 * The workspace's strike form and grid, browserless, against the services' contracts (FakeNewsroom): what a save
 * sends, the region from the point, the quote check, the date span, the filters. Expectations come from data/.
 */
@SpringBootTest
@Import(FakeNewsroomConfig.class)
class WorkspaceViewTest extends SpringBrowserlessTest {

    static final String SLUG = TestDatabase.SEED_SLUG;
    static final List<Map<String, String>> STRIKES = DatasetFiles.rows(TestDatabase.seedMap().resolve("strikes.csv"));

    @Autowired
    FakeNewsroom newsroom;
    @Autowired
    Datasets datasets;

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabase.useRealDataIn(registry);
    }

    @BeforeEach
    void openTheSeedMap() {
        newsroom.add(FakeNewsroomConfig.seedWithTexts(datasets.find(SLUG).orElseThrow()));
        newsroom.signIn(FakeNewsroom.EDITOR);
    }

    StrikesPanel open() {
        UI.getCurrent().navigate(WorkspaceView.class, new RouteParameters(WorkspaceView.SLUG, SLUG));
        return $(StrikesPanel.class).single();
    }

    Strike strike(String id) {
        return newsroom.content(SLUG).strikes().find(id).orElseThrow();
    }

    @Test
    void theGridListsEveryStrikeOfTheDraft() {
        StrikesPanel panel = open();
        assertThat(test(panel.grid()).size()).isEqualTo(STRIKES.size());
        assertThat(panel.grid().getListDataView().getItems().map(Strike::id))
                .containsExactlyElementsOf(STRIKES.stream().map(row -> row.get("id")).toList());
    }

    @Test
    void selectingARowOpensItsStrikeAndAPointFillsTheRegion() {
        StrikesPanel panel = open();
        Map<String, String> kharkiv = STRIKES.getFirst();
        test(panel.grid()).select(0);
        StrikeForm form = panel.form();
        assertThat(form.loaded().id()).isEqualTo(kharkiv.get("id"));
        assertThat(form.point()).isEqualTo(new GeoPoint(Double.parseDouble(kharkiv.get("lat")), Double.parseDouble(kharkiv.get("lon"))));

        form.setPoint(new GeoPoint(50.4501, 30.5234));
        assertThat(form.region()).as("Kyiv's point lies in Kyiv city").isEqualTo("UA-30");
        assertThat(form.regionWarning()).isEmpty();
        form.chooseRegion("UA-63");
        assertThat(form.regionWarning()).as("Kharkiv chosen by hand, the point in Kyiv").contains("Kyiv");
        form.setPoint(new GeoPoint(55.75, 37.62));
        assertThat(form.regionWarning()).as("a point in Moscow").isNotEmpty();
    }
}
