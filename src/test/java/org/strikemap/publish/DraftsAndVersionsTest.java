package org.strikemap.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikemap.account.AccountTestSupport;
import org.strikemap.account.Editor;
import org.strikemap.account.MapRole;
import org.strikemap.account.NotAllowed;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.draft.Change;
import org.strikemap.draft.Draft;
import org.strikemap.draft.DraftService;
import org.strikemap.draft.EditConflict;
import org.strikemap.draft.NewMap;
import org.strikemap.draft.RecordKey;
import org.strikemap.draft.RecordKind;
import org.strikemap.draft.RecordRefused;
import org.strikemap.geo.Bounds;
import org.strikemap.geo.GeoPoint;
import org.strikemap.i18n.Text;
import org.strikemap.ingest.MapExport;
import org.strikemap.ingest.MapReader;
import org.strikemap.ingest.TestDatabase;
import org.strikemap.region.Area;
import org.strikemap.strike.DatePrecision;
import org.strikemap.strike.Location;
import org.strikemap.strike.ReportedDate;
import org.strikemap.strike.Strike;
import org.strikemap.testing.StoredRows;

/**
 * Editing a map's draft and publishing it: every save checked and kept as a revision, a stale save refused with what
 * is stored now, readers seeing only published versions, two-person review, and a folder never overwriting edits.
 */
class DraftsAndVersionsTest {

    /** Two reviewers of the fixture map: either may edit, and each may publish what the other changed. */
    Editor anna;
    Editor bohdan;

    @TempDir
    Path temp;

    Path data;
    TestDatabase db;
    Editor admin;
    PublishTestSupport app;
    DraftService drafts;
    PublishService publish;

    @BeforeEach
    void start() {
        db = TestDatabase.create();
        data = TestDatabase.copyFixture(temp);
        app = db.publishing(data.resolve("boundaries"));
        assertThat(app.load(data, data.resolve("boundaries"))).containsExactly(PublishTestSupport.Outcome.LOADED);
        AccountTestSupport accounts = AccountTestSupport.over(db.dataSource());
        anna = accounts.person("Anna", "data", MapRole.REVIEWER);
        bohdan = accounts.person("Bohdan", "data", MapRole.REVIEWER);
        admin = accounts.admin();
        drafts = app.drafts();
        publish = app.publish();
    }

    @Test
    void aSaveIsARevisionAndReadersSeeItOnlyOncePublished() {
        Draft draft = drafts.open("data", anna);
        RecordKey key = new RecordKey(RecordKind.STRIKE, "kharkiv-day");
        assertThat(draft.revisionOf(key)).isEqualTo(1);
        Strike moved = withPlace(draft.content().strikes().find("kharkiv-day").orElseThrow(), "Kharkiv, Saltivka");
        String before = app.datasets().current().version();

        assertThat(drafts.save("data", moved, 1, anna, "the report names the district")).isEqualTo(2);

        assertThat(drafts.open("data", anna).content().strikes().find("kharkiv-day").orElseThrow().location().place().words())
                .isEqualTo("Kharkiv, Saltivka");
        assertThat(app.datasets().current().strikes().find("kharkiv-day").orElseThrow().location().place().words())
                .as("readers see only published versions").isEqualTo("Central Kharkiv");
        List<Change> changes = publish.changes("data");
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.key()).isEqualTo(key);
            assertThat(change.made().by()).isEqualTo(anna);
            assertThat(change.made().why()).isEqualTo("the report names the district");
            assertThat(((Strike) change.before()).location().place().words()).isEqualTo("Central Kharkiv");
            assertThat(((Strike) change.after()).location().place().words()).isEqualTo("Kharkiv, Saltivka");
        });

        Version version = publish.publish("data", bohdan, "A district named");
        app.publishedForTests().refresh();
        assertThat(app.datasets().current().version()).isEqualTo(version.version()).isNotEqualTo(before);
        assertThat(app.datasets().current().strikes().find("kharkiv-day").orElseThrow().location().place().words())
                .isEqualTo("Kharkiv, Saltivka");
        assertThat(publish.changes("data")).isEmpty();
        assertThat(publish.versions("data")).extracting(Version::note).containsExactly("A district named", "data/data/");
    }

    @Test
    void aSaveThatStartedFromAnOlderRevisionIsRefusedWithWhatIsStoredNow() {
        Strike kharkiv = drafts.open("data", anna).content().strikes().find("kharkiv-day").orElseThrow();
        drafts.save("data", withPlace(kharkiv, "Anna's Kharkiv"), 1, anna, null);

        assertThatThrownBy(() -> drafts.save("data", withPlace(kharkiv, "Bohdan's Kharkiv"), 1, bohdan, null))
                .isInstanceOfSatisfying(EditConflict.class, conflict -> {
                    assertThat(conflict.author()).isEqualTo("Anna");
                    assertThat(conflict.revision()).isEqualTo(2);
                    assertThat(((Strike) conflict.theirs()).location().place().words()).isEqualTo("Anna's Kharkiv");
                });
        assertThat(drafts.open("data", anna).content().strikes().find("kharkiv-day").orElseThrow().location().place().words())
                .isEqualTo("Anna's Kharkiv");
        // Saved again on top of theirs, it goes through.
        assertThat(drafts.save("data", withPlace(kharkiv, "Bohdan's Kharkiv"), 2, bohdan, "merged")).isEqualTo(3);
    }

    @Test
    void aRecordThatCannotStandIsRefusedWithItsReasonsAndNothingIsWritten() {
        Strike kharkiv = drafts.open("data", anna).content().strikes().find("kharkiv-day").orElseThrow();
        Strike faraway = kharkiv.at(kharkiv.location().movedTo("UA-63", new GeoPoint(46.0, 30.0)));
        assertThatThrownBy(() -> drafts.save("data", faraway, 1, anna, null)).isInstanceOfSatisfying(RecordRefused.class,
                refused -> assertThat(refused.reasons()).containsExactly(
                        "point 46.0,30.0 lies outside its region UA-63 (more than 0.05° from its boundary)"));
        assertThat(publish.changes("data")).isEmpty();
    }

    @Test
    void deletingAStrikeTakesItsClaimsAndACitedReportCannotGo() {
        drafts.delete("data", new RecordKey(RecordKind.STRIKE, "kharkiv-day"), 1, anna, "not a strike after all");
        LoadedDataset draft = drafts.open("data", anna).content();
        assertThat(draft.strikes().find("kharkiv-day")).isEmpty();
        assertThat(draft.sources().claimsAbout("kharkiv-day")).isEmpty();
        assertThat(publish.changes("data")).extracting(change -> change.key().kind() + " " + change.key().id())
                .containsExactly("STRIKE kharkiv-day", "CLAIM c-kharkiv-killed-002", "CLAIM c-kharkiv-injured-001");
        assertThat(publish.changes("data")).allMatch(change -> change.after() == null);

        assertThatThrownBy(() -> drafts.delete("data", new RecordKey(RecordKind.SOURCE, "000"), 1, anna, null))
                .isInstanceOfSatisfying(RecordRefused.class, refused -> assertThat(refused.reasons())
                        .contains("strike kyiv-month cites it"));
    }

    @Test
    void withTwoPersonReviewTheAuthorCannotPublishHisOwnChanges() {
        Strike kharkiv = drafts.open("data", anna).content().strikes().find("kharkiv-day").orElseThrow();
        drafts.save("data", withPlace(kharkiv, "Kharkiv"), 1, anna, null);
        assertThat(publish.check("data", anna).allowed()).isFalse();
        assertThat(publish.check("data", anna).reason()).startsWith("two-person review: Anna made some of these changes");
        assertThatThrownBy(() -> publish.publish("data", anna, "mine")).isInstanceOf(NotAllowed.class);
        assertThat(publish.check("data", bohdan).allowed()).isTrue();
    }

    @Test
    void nothingChangedIsNothingToPublish() {
        assertThat(publish.check("data", bohdan).reason()).isEqualTo("nothing has changed since the last version");
    }

    @Test
    void aVersionsFilesReadBackGiveTheSameVersionWhateverTheMapIsCalled() {
        LoadedDataset shown = app.datasets().current();
        LoadedDataset again = MapReader.files(MapExport.files(shown), "another-map", "zip/");
        assertThat(again.hash()).isEqualTo(shown.hash());
        assertThat(texts(MapExport.files(again))).isEqualTo(texts(MapExport.files(shown)));
    }

    @Test
    void aFolderThatChangedAfterTheMapWasEditedInTheBrowserIsNotApplied() {
        Strike kharkiv = drafts.open("data", anna).content().strikes().find("kharkiv-day").orElseThrow();
        drafts.save("data", withPlace(kharkiv, "Edited in the browser"), 1, anna, null);
        TestDatabase.edit(data, "strikes.csv", "Central Kharkiv", "Changed in the file");

        assertThat(app.load(data, data.resolve("boundaries"))).containsExactly(PublishTestSupport.Outcome.KEPT_EDITS);
        assertThat(drafts.open("data", anna).content().strikes().find("kharkiv-day").orElseThrow().location().place().words())
                .isEqualTo("Edited in the browser");
    }

    @Test
    void theLogTellsReadersWhatEachVersionChangedInTheirLanguage() {
        Strike kyiv = drafts.open("data", anna).content().strikes().find("kyiv-month").orElseThrow();
        Strike dated = kyiv.dated(new ReportedDate(java.time.LocalDate.parse("2024-01-02"),
                java.time.LocalDate.parse("2024-01-02"), DatePrecision.DAY));
        drafts.save("data", dated, 1, anna, "the day is reported");
        Version version = publish.publish("data", bohdan, "Kyiv's day is reported");

        List<org.strikemap.map.VersionArchive.Published> log = app.archive().log("data");
        assertThat(log).extracting(org.strikemap.map.VersionArchive.Published::version)
                .containsExactly(version.version(), publish.versions("data").get(1).version());
        assertThat(log.getFirst().note()).isEqualTo("Kyiv's day is reported");
        assertThat(log.getFirst().sentences("en")).containsExactly(
                "Kyiv, 2 January 2024: the date was corrected from “January 2024” to “2 January 2024” (Fixture Wire).");
        assertThat(log.getFirst().sentences("uk")).containsExactly(
                "Kyiv, 2 січня 2024: дату виправлено з «січень 2024» на «2 січня 2024» (Fixture Wire).");
        assertThat(log.getLast().changes()).as("the first version is the start, not a correction").isEmpty();
        assertThat(app.archive().version("data", log.getLast().version()).orElseThrow().strikes().find("kyiv-month")
                .orElseThrow().date().precision()).as("an older version stays readable").isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void aLogKeptByReadersGainsEachNewVersionWithItsOwnChanges() {
        org.strikemap.map.VersionArchive archive = app.archive();
        String first = archive.log("data").getFirst().version();
        Strike kharkiv = drafts.open("data", anna).content().strikes().find("kharkiv-day").orElseThrow();
        drafts.save("data", withPlace(kharkiv, "Saltivka"), 1, anna, null);
        String second = publish.publish("data", bohdan, "the district is reported").version();
        Strike saltivka = drafts.open("data", anna).content().strikes().find("kharkiv-day").orElseThrow();
        drafts.save("data", withPlace(saltivka, "Northern Saltivka"), drafts.open("data", anna)
                .revisionOf(new org.strikemap.draft.RecordKey(org.strikemap.draft.RecordKind.STRIKE, "kharkiv-day")), anna, null);
        String third = publish.publish("data", bohdan, "more exactly").version();

        List<org.strikemap.map.VersionArchive.Published> log = archive.log("data");
        assertThat(log).extracting(org.strikemap.map.VersionArchive.Published::version).containsExactly(third, second, first);
        assertThat(String.join("\n", log.get(0).sentences("en")))
                .contains("the place was corrected from “Saltivka” to “Northern Saltivka”").doesNotContain("Central Kharkiv");
        assertThat(String.join("\n", log.get(1).sentences("en")))
                .contains("the place was corrected from “Central Kharkiv” to “Saltivka”");
        assertThat(log.get(2).changes()).isEmpty();
    }

    @Test
    void aMapCannotBeCalledAfterOneOfTheAppsOwnPagesAndNothingIsStored() {
        String before = StoredRows.of(db.jdbc());
        for (String taken : List.of("people", "audit", "account", "new", "import")) {
            assertThatThrownBy(() -> drafts.create(newMap(taken), admin)).as(taken)
                    .isInstanceOfSatisfying(RecordRefused.class, refused -> assertThat(refused.reasons()).singleElement()
                            .asString().startsWith("'" + taken + "' cannot name a map: it is kept for the app's own"
                                    + " pages, where a map's slug stands (/edit/" + taken + ")"));
        }
        assertThat(StoredRows.of(db.jdbc())).isEqualTo(before);
        // A slug that only starts with such a word is a slug like any other.
        assertThat(drafts.create(newMap("people-2024"), admin)).isEqualTo("people-2024");
    }

    @Test
    void nobodyEditsWithoutSigningIn() {
        assertThatThrownBy(() -> drafts.open("data", null)).isInstanceOf(NotAllowed.class);
    }

    private static java.util.Map<String, String> texts(java.util.Map<String, byte[]> files) {
        java.util.Map<String, String> texts = new java.util.TreeMap<>();
        files.forEach((name, bytes) -> texts.put(name, new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
        return texts;
    }

    private static NewMap newMap(String slug) {
        return new NewMap(slug, Text.of("en", "A map"), Area.none(), new Bounds(50, 30, 51, 31));
    }

    private static Strike withPlace(Strike strike, String place) {
        return strike.at(strike.location().renamed("en", place));
    }
}
