package org.strikemap.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.strikemap.dataset.DatasetDescription;
import org.strikemap.draft.RecordFields;
import org.strikemap.draft.RecordKind;
import org.strikemap.geo.GeoPoint;
import org.strikemap.i18n.Languages;
import org.strikemap.i18n.Messages;
import org.strikemap.i18n.Text;
import org.strikemap.launch.LaunchSite;
import org.strikemap.launch.Ring;
import org.strikemap.source.Citation;
import org.strikemap.source.Claim;
import org.strikemap.source.ClaimValue;
import org.strikemap.source.QuoteCheck;
import org.strikemap.source.Source;
import org.strikemap.strike.DatePrecision;
import org.strikemap.strike.Location;
import org.strikemap.strike.LocationPrecision;
import org.strikemap.strike.ReportedDate;
import org.strikemap.strike.Strike;
import org.strikemap.strike.StrikeStatus;

/**
 * The words the editor finds by a name it makes (a field of a record as draft.RecordFields names it, a kind, a
 * precision, a status, a quote's state): every one is in both bundles, so no screen ever shows a missing key.
 */
class FieldLabelsTest {

    static final Citation CHECKED = new Citation("001", "a quote", new QuoteCheck("read on paper", "Rita"));
    /** One record of each kind with every part filled, so every field there can be appears. */
    static final List<Object> RECORDS = List.of(
            new Strike("s", new Location(Text.of("en", "A").with("uk", "Б"), "UA-30", new GeoPoint(50, 30),
                    LocationPrecision.TOWN), ReportedDate.day(LocalDate.of(2024, 1, 2)), StrikeStatus.REPORTED, CHECKED,
                    Text.of("en", "note")),
            new Claim("c", "s", "killed", new ClaimValue("3", 1, 5), "3 killed", "someone", CHECKED),
            new Source("001", "001.txt", "Outlet", "Headline", "Friday", "note", "https://example.org", "text"),
            new LaunchSite("l", Text.of("en", "Site"), new GeoPoint(51, 39), "RU.VR", "someone", CHECKED),
            new Ring("l", 650, Text.of("en", "650 km"), "someone", CHECKED),
            DatasetDescription.of(Map.ofEntries(Map.entry("title", "T"), Map.entry("title_uk", "Т"),
                    Map.entry("subtitle", "s"), Map.entry("about", "a"), Map.entry("credit", "c"),
                    Map.entry("launch_area_label", "l"), Map.entry("view_south", "44"), Map.entry("view_west", "22"),
                    Map.entry("view_north", "53"), Map.entry("view_east", "41"), Map.entry("area", "UA"))));

    @Test
    void everyFieldOfEveryDraftRecordHasItsWords() {
        List<String> fields = RECORDS.stream().flatMap(record -> RecordFields.of(record).keySet().stream()).distinct().toList();
        assertThat(fields).contains("location.place.byLanguage.uk", "date.precision", "citation.checkedByHand.reason",
                "title_uk", "view_south");
        List<String> keys = fields.stream().flatMap(field -> FieldLabels.parts(field).stream())
                .filter(part -> !part.startsWith("=")).distinct().toList();
        assertThat(FieldLabels.parts("location.place.byLanguage.uk")).containsExactly("edit.field.place", "=uk");
        assertThat(FieldLabels.parts("date.precision")).containsExactly("edit.field.date", "edit.field.date.precision");
        assertThat(FieldLabels.parts("title_uk")).containsExactly("edit.field.title", "=uk");
        assertThat(FieldLabels.parts("view_south")).containsExactly("edit.field.viewSouth");
        assertKeys(keys.stream());
    }

    @Test
    void everyKindPrecisionStatusAndQuoteStateHasItsWords() {
        assertKeys(Stream.of(
                Stream.of(RecordKind.values()).map(kind -> "edit.kind." + kind.name().toLowerCase(Locale.ROOT)),
                Stream.of(DatePrecision.values()).map(value -> "edit.datePrecision." + value.code()),
                Stream.of(DatePrecision.values()).map(value -> "edit.date.from." + value.code()),
                Stream.of(LocationPrecision.values()).map(value -> "edit.locationPrecision." + value.code()),
                Stream.of(LocationPrecision.values()).map(value -> "edit.locationPrecisionShort." + value.code()),
                Stream.of(StrikeStatus.values()).map(value -> "edit.status." + value.code()),
                Stream.of(StrikeStatus.values()).map(value -> "edit.statusShort." + value.code()),
                Stream.of(QuoteState.values()).map(QuoteState::key)).flatMap(keys -> keys));
    }

    private static void assertKeys(Stream<String> keys) {
        List<String> all = keys.toList();
        for (Locale language : Languages.ALL) {
            assertThat(Messages.of(language).all().keySet()).as(language.toString()).containsAll(all);
        }
    }
}
