package org.strikemap.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.strikemap.dataset.DatasetDescription;
import org.strikemap.geo.GeoPoint;
import org.strikemap.i18n.Text;
import org.strikemap.source.Citation;
import org.strikemap.source.QuoteCheck;
import org.strikemap.strike.DatePrecision;
import org.strikemap.strike.Location;
import org.strikemap.strike.LocationPrecision;
import org.strikemap.strike.ReportedDate;
import org.strikemap.strike.Strike;
import org.strikemap.strike.StrikeStatus;

/** Two versions of a record merged field by field, as the editor's conflict dialog offers it ({@link RecordFields#merge}). */
class RecordFieldsMergeTest {

    static final Strike MINE = new Strike("kyiv-1", new Location(Text.of("en", "Kyiv").with("uk", "Київ"), "UA-30",
            new GeoPoint(50.45, 30.52), LocationPrecision.TOWN), ReportedDate.day(LocalDate.of(2024, 1, 2)),
            StrikeStatus.REPORTED, new Citation("002", "three strikes on the capital Kyiv"), Text.of("en", "my note"));
    static final Strike THEIRS = new Strike("kyiv-1", new Location(Text.of("en", "Kyiv city"), "UA-30",
            new GeoPoint(50.40, 30.60), LocationPrecision.SITE), ReportedDate.day(LocalDate.of(2024, 1, 3)),
            StrikeStatus.REPORTED, new Citation("002", "three strikes on the capital Kyiv",
            new QuoteCheck("read on paper", "Rita")), Text.of("en", "their note"));

    @Test
    void theFieldsThatDifferAreTheOnesToChooseBetween() {
        assertThat(RecordFields.sideBySide(THEIRS, MINE).stream().filter(RecordFields.Row::changed).map(RecordFields.Row::field))
                .containsExactly("location.place.byLanguage.en", "location.point.lat", "location.point.lon",
                        "location.precision", "date.from", "date.to", "citation.checkedByHand.reason",
                        "citation.checkedByHand.by", "note.byLanguage.en", "location.place.byLanguage.uk");
    }

    @Test
    void aMergeTakesTheChosenFieldsFromTheirsAndTheRestFromMine() {
        Strike merged = (Strike) RecordFields.merge(RecordKind.STRIKE, MINE, THEIRS,
                Set.of("location.point.lat", "location.point.lon", "note.byLanguage.en", "location.place.byLanguage.uk"));
        assertThat(merged.location().point()).isEqualTo(THEIRS.location().point());
        assertThat(merged.note()).isEqualTo(THEIRS.note());
        assertThat(merged.location().place()).as("their place has no Ukrainian: taking theirs leaves it out")
                .isEqualTo(Text.of("en", "Kyiv"));
        assertThat(merged.location().precision()).isEqualTo(LocationPrecision.TOWN);
        assertThat(merged.citation().checkedByHand()).isNull();
        assertThat(RecordFields.merge(RecordKind.STRIKE, MINE, THEIRS, Set.of())).isEqualTo(MINE);
        assertThat(((Strike) RecordFields.merge(RecordKind.STRIKE, MINE, THEIRS,
                Set.of("citation.checkedByHand.reason", "citation.checkedByHand.by"))).citation().checkedByHand())
                .isEqualTo(new QuoteCheck("read on paper", "Rita"));
    }

    @Test
    void aMixTheRecordsOwnRulesRefuseIsRefusedWithTheirReason() {
        assertThatThrownBy(() -> RecordFields.merge(RecordKind.STRIKE, MINE, THEIRS, Set.of("date.from")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the start 2024-01-03 is after the end 2024-01-02");
    }

    @Test
    void theMapsWordsMergeWordByWord() {
        DatasetDescription mine = words("My title", "44");
        DatasetDescription theirs = words("Their title", "45");
        DatasetDescription merged = (DatasetDescription) RecordFields.merge(RecordKind.WORDS, mine, theirs, Set.of("title"));
        assertThat(merged.words().title().words()).isEqualTo("Their title");
        assertThat(merged.view()).isEqualTo(mine.view());
    }

    static DatasetDescription words(String title, String south) {
        return DatasetDescription.of(Map.of("title", title, "subtitle", "s", "about", "a", "credit", "c",
                "view_south", south, "view_west", "22", "view_north", "53", "view_east", "41"));
    }
}
