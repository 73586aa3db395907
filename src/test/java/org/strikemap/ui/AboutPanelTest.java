package org.strikemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.strikemap.dataset.DatasetDescription;
import org.strikemap.ingest.DatasetFiles;
import org.strikemap.source.DatasetOverview;

/** range-rings.csv is optional: About says when a dataset has none, and says nothing of it otherwise. */
class AboutPanelTest {

    private static final DatasetDescription DESCRIPTION = DatasetDescription.of(
            DatasetFiles.rows(Path.of("src/test/resources/dataset/dataset.csv")).stream()
                    .collect(Collectors.toMap(row -> row.get("key"), row -> row.get("value"))));
    private static final DatasetOverview OVERVIEW = new DatasetOverview(null, null, 0, List.of(), List.of());

    @Test
    void namesTheMissingRangeRings() {
        String text = new AboutPanel(DESCRIPTION, OVERVIEW, false).getElement().getTextRecursively();
        assertThat(text).contains("No range rings in this dataset.");
        assertThat(text).contains(DESCRIPTION.about());
    }

    @Test
    void saysNothingOfRangeRingsWhenThereAreSome() {
        assertThat(new AboutPanel(DESCRIPTION, OVERVIEW, true).getElement().getTextRecursively()).doesNotContain("range ring");
    }
}
