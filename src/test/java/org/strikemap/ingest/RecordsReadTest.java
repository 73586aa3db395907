package org.strikemap.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.strike.Strike;

/**
 * {@link MapReader#records}: a published map's records read without its backdrop and without testing points against
 * their regions again, on the fixture map's own files (as a version keeps them).
 */
class RecordsReadTest {

    @TempDir
    static Path temp;

    static Map<String, byte[]> files;

    @BeforeAll
    static void exportTheFixture() {
        Path data = TestDatabase.copyFixture(temp);
        files = MapExport.files(MapReader.folders(data, data.resolve("boundaries")).getFirst());
    }

    @Test
    void theRecordsAreTheFullReadsWithoutBackdropPlacesOrLaunchGeography() {
        LoadedDataset full = MapReader.files(files, "fixture", "zip/");
        LoadedDataset records = MapReader.records(files, "fixture", "zip/");

        assertThat(records.strikes().all()).extracting(Strike::id)
                .containsExactly("kharkiv-day", "kyiv-month", "zaporizhzhia-late", "bucha-crater");
        assertThat(records.strikes().all()).isEqualTo(full.strikes().all());
        assertThat(records.sources()).isEqualTo(full.sources());
        assertThat(records.sources().claimsAbout("kyiv-month")).isEqualTo(full.sources().claimsAbout("kyiv-month"));
        assertThat(records.description()).isEqualTo(full.description());
        assertThat(records.regions().all()).hasSize(27);
        assertThat(records.regions().nameOf("UA-30", "en")).isEqualTo(full.regions().nameOf("UA-30", "en"));

        assertThat(records.hash()).as("not a map to show").isEmpty();
        assertThat(full.baseMap().countries()).isNotEmpty();
        assertThat(records.baseMap().countries()).isEmpty();
        assertThat(records.baseMap().places()).isEmpty();
        assertThat(full.launch().sites()).isNotEmpty();
        assertThat(records.launch().sites()).isEmpty();
    }

    @Test
    void aPointIsNotTestedAgainstItsRegionWhereAFullReadTestsIt() {
        Map<String, byte[]> moved = edited("UA-63,49.9935,36.2304", "UA-14,49.9935,36.2304");

        assertThatThrownBy(() -> MapReader.files(moved, "fixture", "zip/")).isInstanceOf(DatasetException.class)
                .hasMessage("zip/strikes.csv:2: point 49.9935,36.2304 lies outside its region UA-14 (more than 0.05° from its boundary)");
        assertThat(MapReader.records(moved, "fixture", "zip/").strikes().find("kharkiv-day").orElseThrow()
                .location().region()).isEqualTo("UA-14");
    }

    @Test
    void aRegionThatIsNotTheMapsStillFails() {
        Map<String, byte[]> unknown = edited("UA-63,49.9935,36.2304", "UA-99,49.9935,36.2304");

        assertThatThrownBy(() -> MapReader.records(unknown, "fixture", "zip/")).isInstanceOf(DatasetException.class)
                .hasMessage("zip/strikes.csv:2: region UA-99 is not one of the 27 regions of the map's area");
    }

    /** The fixture's files with one edit to strikes.csv. */
    private static Map<String, byte[]> edited(String from, String to) {
        String strikes = new String(files.get("strikes.csv"), StandardCharsets.UTF_8);
        assertThat(strikes).contains(from);
        Map<String, byte[]> edited = new TreeMap<>(files);
        edited.put("strikes.csv", strikes.replace(from, to).getBytes(StandardCharsets.UTF_8));
        return edited;
    }
}
