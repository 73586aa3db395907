package org.strikemap.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikemap.account.AccountTestSupport;
import org.strikemap.account.Editor;
import org.strikemap.account.MapRole;
import org.strikemap.draft.DraftService;
import org.strikemap.draft.HistoryEntry;
import org.strikemap.draft.RecordFields;
import org.strikemap.draft.RecordKey;
import org.strikemap.draft.RecordKind;
import org.strikemap.ingest.TestDatabase;
import org.strikemap.map.VersionDiff;
import org.strikemap.strike.DatePrecision;
import org.strikemap.strike.ReportedDate;
import org.strikemap.strike.Strike;

/** Every change kept: a record's history and differences, restoring a revision or a deleted record, rolling back. */
class HistoryTest {

    /** Two reviewers of the fixture map, signed in as real people: each may publish what the other changed. */
    Editor anna;
    Editor bohdan;
    static final RecordKey KYIV = new RecordKey(RecordKind.STRIKE, "kyiv-month");

    @TempDir
    Path temp;

    PublishTestSupport app;
    DraftService drafts;
    PublishService publish;

    @BeforeEach
    void start() {
        Path data = TestDatabase.copyFixture(temp);
        TestDatabase db = TestDatabase.create();
        app = db.publishing(data.resolve("boundaries"));
        app.load(data, data.resolve("boundaries"));
        AccountTestSupport accounts = AccountTestSupport.over(db.dataSource());
        anna = accounts.person("Anna", "data", MapRole.REVIEWER);
        bohdan = accounts.person("Bohdan", "data", MapRole.REVIEWER);
        drafts = app.drafts();
        publish = app.publish();
    }

    @Test
    void aRecordsHistoryIsNewestFirstAndTwoRevisionsCompareFieldByField() {
        drafts.save("data", onDay(kyiv(), "2024-01-02"), 1, anna, "the day is reported");
        List<HistoryEntry> history = drafts.history("data", KYIV, anna);
        assertThat(history).extracting(HistoryEntry::number).containsExactly(2L, 1L);
        assertThat(history.getFirst().made().why()).isEqualTo("the day is reported");
        assertThat(history.getLast().made().by()).isEqualTo(Editor.FILES);
        List<RecordFields.Row> changed = RecordFields.sideBySide(history.getLast().record(), history.getFirst().record())
                .stream().filter(RecordFields.Row::changed).toList();
        assertThat(changed).extracting(RecordFields.Row::field, RecordFields.Row::left, RecordFields.Row::right).containsExactly(
                org.assertj.core.groups.Tuple.tuple("date.from", "2024-01-01", "2024-01-02"),
                org.assertj.core.groups.Tuple.tuple("date.to", "2024-01-31", "2024-01-02"),
                org.assertj.core.groups.Tuple.tuple("date.precision", "MONTH", "DAY"));
    }

    @Test
    void restoringARevisionWritesANewOneAndRewritesNothing() {
        drafts.save("data", onDay(kyiv(), "2024-01-02"), 1, anna, null);
        assertThat(drafts.restore("data", KYIV, 1, anna, null)).isEqualTo(3);
        assertThat(kyiv().date().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(drafts.history("data", KYIV, anna)).extracting(entry -> entry.made().why())
                .containsExactly("restored revision 1", null, "data/data/");
    }

    @Test
    void aDeletedRecordIsListedAndCanBeRestored() {
        drafts.delete("data", KYIV, 1, anna, "a duplicate");
        assertThat(drafts.deleted("data", anna)).extracting(change -> change.key()).containsExactly(KYIV);
        drafts.restore("data", KYIV, 2, anna, "not a duplicate");
        assertThat(drafts.deleted("data", anna)).isEmpty();
        assertThat(kyiv().location().place().words()).isEqualTo("Kyiv");
    }

    @Test
    void rollingBackMakesAnEarlierVersionTheDraftToPublishAndVersionsCompareStrikeByStrike() {
        String first = publish.versions("data").getFirst().version();
        drafts.save("data", onDay(kyiv(), "2024-01-02"), 1, anna, null);
        String second = publish.publish("data", bohdan, "dated").version();

        List<VersionDiff.StrikeChange> changes = publish.compare("data", first, second);
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(VersionDiff.Kind.CHANGED);
            assertThat(change.fields()).extracting(VersionDiff.FieldChange::field).containsExactly(VersionDiff.Field.DATE);
        });

        assertThat(publish.rollBack("data", first, anna, null)).isEqualTo(1);
        assertThat(kyiv().date().precision()).as("the draft is the first version again").isEqualTo(DatePrecision.MONTH);
        assertThat(app.datasets().current().version()).as("readers still see the second").isEqualTo(second);
        assertThat(publish.check("data", bohdan).allowed()).as("a roll-back is reviewed like any change").isTrue();
        assertThat(publish.publish("data", bohdan, "back").version()).as("the same content is the same version").isEqualTo(first);
    }

    private Strike kyiv() {
        return drafts.open("data", anna).content().strikes().find("kyiv-month").orElseThrow();
    }

    private static Strike onDay(Strike strike, String day) {
        return strike.dated(new ReportedDate(LocalDate.parse(day), LocalDate.parse(day), DatePrecision.DAY));
    }
}
