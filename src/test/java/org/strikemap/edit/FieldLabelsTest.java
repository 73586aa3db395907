package org.strikemap.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.strikemap.dataset.DatasetDescription;
import org.strikemap.draft.RecordKind;
import org.strikemap.i18n.Languages;
import org.strikemap.i18n.Messages;
import org.strikemap.launch.LaunchSite;
import org.strikemap.launch.Ring;
import org.strikemap.source.Claim;
import org.strikemap.source.Source;
import org.strikemap.strike.DatePrecision;
import org.strikemap.strike.LocationPrecision;
import org.strikemap.strike.Strike;
import org.strikemap.strike.StrikeStatus;

/**
 * The words the editor finds by a name it makes (a field of a record, a kind, a precision, a status, a quote's state):
 * every one of them is in both bundles, so no screen ever shows a missing key.
 */
class FieldLabelsTest {

    static final List<Class<?>> RECORDS = List.of(Strike.class, Claim.class, Source.class, LaunchSite.class, Ring.class,
            DatasetDescription.class);

    @Test
    void everyFieldOfEveryDraftRecordHasItsWords() {
        List<String> keys = RECORDS.stream().flatMap(type -> RecordFields.of(type, null).stream())
                .map(field -> FieldLabels.PREFIX + RecordFields.name(field.path())).distinct().toList();
        assertThat(keys).contains("edit.field.place", "edit.field.quote", "edit.field.checkedByHand", "edit.field.title");
        assertKeys(keys.stream());
    }

    @Test
    void everyKindPrecisionStatusAndQuoteStateHasItsWords() {
        assertKeys(Stream.of(
                Stream.of(RecordKind.values()).map(kind -> "edit.kind." + kind.name().toLowerCase(Locale.ROOT)),
                Stream.of(DatePrecision.values()).map(value -> "edit.datePrecision." + value.code()),
                Stream.of(DatePrecision.values()).map(value -> "edit.date.from." + value.code()),
                Stream.of(LocationPrecision.values()).map(value -> "edit.locationPrecision." + value.code()),
                Stream.of(StrikeStatus.values()).map(value -> "edit.status." + value.code()),
                Stream.of(StrikeStatus.values()).map(value -> "edit.statusShort." + value.code()),
                Stream.of(LocationPrecision.values()).map(value -> "edit.locationPrecisionShort." + value.code()),
                Stream.of(QuoteState.values()).map(QuoteState::key)).flatMap(keys -> keys));
    }

    private static void assertKeys(Stream<String> keys) {
        List<String> all = keys.toList();
        for (Locale language : Languages.ALL) {
            assertThat(Messages.of(language).all().keySet()).as(language.toString()).containsAll(all);
        }
    }
}
