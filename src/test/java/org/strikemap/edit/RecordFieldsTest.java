package org.strikemap.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.strikemap.dataset.DatasetDescription;
import org.strikemap.geo.GeoPoint;
import org.strikemap.i18n.Text;
import org.strikemap.source.Citation;
import org.strikemap.strike.DatePrecision;
import org.strikemap.strike.Location;
import org.strikemap.strike.LocationPrecision;
import org.strikemap.strike.ReportedDate;
import org.strikemap.strike.Strike;
import org.strikemap.strike.StrikeStatus;

/** Two versions of a record field by field: which fields there are, which differ, and a merge of the two. */
class RecordFieldsTest {

    static final Strike MINE = new Strike("kyiv-1", new Location(Text.of("en", "Kyiv").with("uk", "Київ"), "UA-30",
            new GeoPoint(50.45, 30.52), LocationPrecision.TOWN), ReportedDate.day(LocalDate.of(2024, 1, 2)),
            StrikeStatus.REPORTED, new Citation("002", "three strikes on the capital Kyiv"), Text.of("en", "my note"));
    static final Strike THEIRS = new Strike("kyiv-1", new Location(Text.of("en", "Kyiv city"), "UA-30",
            new GeoPoint(50.40, 30.60), LocationPrecision.SITE), ReportedDate.day(LocalDate.of(2024, 1, 2)),
            StrikeStatus.REPORTED, new Citation("002", "three strikes on the capital Kyiv"), Text.of("en", "their note"));

    @Test
    void aStrikeSplitsIntoItsPlaceRegionPointAndTheRestButADateIsOneField() {
        assertThat(RecordFields.of(Strike.class, MINE).stream().map(RecordFields.Field::path)).containsExactly("id",
                "location.place", "location.region", "location.point", "location.precision", "date", "status",
                "citation.sourceId", "citation.quote", "citation.checkedByHand", "note");
    }

    @Test
    void theFieldsThatDifferAreNamed() {
        assertThat(RecordFields.differing(Strike.class, MINE, THEIRS))
                .containsExactly("location.place", "location.point", "location.precision", "note");
        assertThat(RecordFields.differing(Strike.class, MINE, MINE)).isEmpty();
        assertThat(RecordFields.differing(Strike.class, null, MINE)).as("a new record differs everywhere it has a value")
                .hasSize(10);
    }

    @Test
    void aMergeTakesTheChosenFieldsFromTheirsAndTheRestFromMine() {
        Strike merged = RecordFields.merge(Strike.class, MINE, THEIRS, Set.of("location.point", "note"));
        assertThat(merged.location().place()).isEqualTo(MINE.location().place());
        assertThat(merged.location().precision()).isEqualTo(LocationPrecision.TOWN);
        assertThat(merged.location().point()).isEqualTo(new GeoPoint(50.40, 30.60));
        assertThat(merged.note().words()).isEqualTo("their note");
        assertThat(RecordFields.merge(Strike.class, MINE, THEIRS, Set.of())).isEqualTo(MINE);
    }

    @Test
    void theMapsWordsMergeWordByWordAndKeepTheirView() {
        DatasetDescription mine = words("My title", 44);
        DatasetDescription theirs = words("Their title", 45);
        assertThat(RecordFields.differing(DatasetDescription.class, mine, theirs)).containsExactly("words.title", "view");
        DatasetDescription merged = RecordFields.merge(DatasetDescription.class, mine, theirs, Set.of("words.title"));
        assertThat(merged.words().title().words()).isEqualTo("Their title");
        assertThat(merged.view()).isEqualTo(mine.view());
    }

    static DatasetDescription words(String title, double south) {
        return DatasetDescription.of(java.util.Map.of("title", title, "subtitle", "s", "about", "a", "credit", "c",
                "view_south", Double.toString(south), "view_west", "22", "view_north", "53", "view_east", "41"));
    }

    @Test
    void valuesAreShownAsTextPerLanguageAndSpans() {
        assertThat(RecordFields.show(MINE.location().place())).isEqualTo("en: Kyiv\nuk: Київ");
        assertThat(RecordFields.show(MINE.date())).isEqualTo("2024-01-02 (day)");
        assertThat(RecordFields.show(new ReportedDate(LocalDate.of(2024, 1, 1), null, DatePrecision.UNKNOWN)))
                .isEqualTo("2024-01-01 – (unknown)");
        assertThat(RecordFields.show(StrikeStatus.UNDER_INVESTIGATION)).isEqualTo("under-investigation");
        assertThat(RecordFields.show(null)).isEqualTo("—");
    }
}
