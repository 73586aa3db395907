package org.strikemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.strikemap.map.VersionArchive;
import java.util.stream.Collectors;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strikemap.dataset.DatasetDescription;
import org.strikemap.ingest.DatasetFiles;
import org.strikemap.source.DatasetOverview;
import org.strikemap.testing.TestDatabase;

/**
 * range-rings.csv is optional: About says when a dataset has none, and says nothing of it otherwise. In a browserless
 * UI, so the panel's words come from the app's bundles.
 */
@SpringBootTest
class AboutPanelTest extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabase.useRealDataIn(registry);
    }

    private static final DatasetDescription DESCRIPTION = DatasetDescription.of(
            DatasetFiles.rows(Path.of("src/test/resources/dataset/dataset.csv")).stream()
                    .collect(Collectors.toMap(row -> row.get("key"), row -> row.get("value"))));
    private static final DatasetOverview OVERVIEW = new DatasetOverview(null, null, 0, List.of(), List.of());

    @Test
    void namesTheMissingRangeRings() {
        String text = new AboutPanel(DESCRIPTION, OVERVIEW, "en", false, List.of()).getElement().getTextRecursively();
        assertThat(text).contains("No range rings in this dataset.");
        assertThat(text).contains(DESCRIPTION.in("en").about());
    }

    @Test
    void saysNothingOfRangeRingsWhenThereAreSome() {
        assertThat(new AboutPanel(DESCRIPTION, OVERVIEW, "en", true, List.of()).getElement().getTextRecursively())
                .doesNotContain("range ring");
    }

    @Test
    void listsEachVersionNewestFirstWithItsNoteAndWhatChanged() {
        List<VersionArchive.Published> log = List.of(
                new VersionArchive.Published("b", Instant.parse("2024-01-12T10:00:00Z"), "Kyiv's day is reported", List.of(),
                        Map.of("en", List.of("Kyiv, 2 January 2024: the date was corrected."))),
                new VersionArchive.Published("a", Instant.parse("2024-01-05T10:00:00Z"), "data/x/", List.of(), Map.of()));
        String text = new AboutPanel(DESCRIPTION, OVERVIEW, "en", true, log).getElement().getTextRecursively();
        assertThat(text).containsSubsequence("Corrections and updates", "12 Jan 2024", "Kyiv's day is reported",
                "Kyiv, 2 January 2024: the date was corrected.", "First published · 5 Jan 2024");
    }
}
