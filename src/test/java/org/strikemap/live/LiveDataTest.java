package org.strikemap.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strikemap.account.AuditLog;
import org.strikemap.account.Editor;
import org.strikemap.account.NotAllowed;
import org.strikemap.draft.Draft;
import org.strikemap.draft.RecordKey;
import org.strikemap.draft.RecordKind;
import org.strikemap.imports.ColumnMapping;
import org.strikemap.imports.DateSpelling;
import org.strikemap.imports.ImportCaps;
import org.strikemap.imports.ImportFormat;
import org.strikemap.imports.ImportJob;
import org.strikemap.imports.ImportService;
import org.strikemap.imports.ImportTestSupport;
import org.strikemap.imports.Roles;
import org.strikemap.ingest.TestDatabase;
import org.strikemap.publish.PublishTestSupport;
import org.strikemap.strike.Strike;

/**
 * A map following a spreadsheet's CSV export served by a local server: a change becomes a draft for review, or is
 * published at once when the map says so (never over someone's unpublished edit); unchanged data is left alone;
 * rows gone from the sheet are removed; a refused fetch is kept with its reason.
 */
class LiveDataTest {

    static final Editor ANNA = new Editor(41, "Anna");
    static final Editor BOHDAN = new Editor(42, "Bohdan");
    static final String SLUG = org.strikemap.testing.TestDatabase.SEED_SLUG;
    static final ColumnMapping MAPPING = new ColumnMapping(new ColumnMapping.When("date", DateSpelling.ISO),
            new ColumnMapping.Where("lat", "lon", null, "place", null), new ColumnMapping.What("id", "link", "what"));
    static final String SHEET = """
            id,date,place,lat,lon,link,what
            1,2024-01-02,Kharkiv,49.99,36.23,https://example.org/1,A strike on Kharkiv.
            2,2024-01-03,Kyiv,50.45,30.52,https://example.org/2,A strike on Kyiv.
            """;

    @TempDir
    Path temp;
    final LocalServer server = new LocalServer();
    final AtomicReference<String> sheet = new AtomicReference<>(SHEET);
    TestDatabase db;
    Roles roles;
    PublishTestSupport app;
    ImportService imports;
    LiveData live;

    @BeforeEach
    void start() {
        db = TestDatabase.create();
        roles = Roles.mocked().grant(ANNA, SLUG, Roles.Role.REVIEWER).grant(BOHDAN, SLUG, Roles.Role.EDITOR);
        app = new PublishTestSupport(db.dataSource(), roles.people(), TestDatabase.BOUNDARIES);
        Path data = temp.resolve("data");
        TestDatabase.copy(org.strikemap.testing.TestDatabase.seedMap(), data.resolve(SLUG));
        app.load(data, TestDatabase.BOUNDARIES);
        imports = ImportTestSupport.service(db.dataSource(), app, ImportCaps.defaults(), roles.people());
        live = new LiveData(new LiveFeedStore(JdbcClient.create(db.dataSource())),
                new FetchProperties(true, 1 << 20, Duration.ofSeconds(30), 3, Duration.ofMinutes(1)),
                imports, app.publish(), app.store(), roles.people(), org.strikemap.account.AccountTestSupport.over(db.dataSource()).audit());
        server.serve("/sheet.csv", "text/csv", () -> sheet.get().getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    LiveFeed follow(boolean publishDirectly) {
        return live.follow(SLUG, new LiveFeed.Address(server.url("/sheet.csv"), ImportFormat.CSV, MAPPING),
                new LiveFeed.Schedule(15, publishDirectly), ANNA);
    }

    @Test
    void aChangeBecomesADraftAndRowsGoneFromTheSheetAreRemoved() {
        follow(false);
        int strikes = db.read(SLUG).strikes().all().size();
        LiveFeed first = live.fetchNow(SLUG, ANNA);
        assertThat(first.last().outcome()).isEqualTo(LiveFeed.Outcome.DRAFTED);
        assertThat(first.last().message()).startsWith("2 added, 0 changed, 0 removed");
        assertThat(db.read(SLUG).strikes().find("live-1")).isPresent();
        assertThat(app.datasets().find(SLUG).orElseThrow().strikes().all()).as("a draft, not published").hasSize(strikes);

        assertThat(live.fetchNow(SLUG, ANNA).last().outcome()).isEqualTo(LiveFeed.Outcome.UNCHANGED);

        sheet.set(SHEET.replace("2,2024-01-03,Kyiv,50.45,30.52,https://example.org/2,A strike on Kyiv.",
                "3,2024-01-04,Poltava,49.59,34.55,https://example.org/3,A strike on Poltava."));
        LiveFeed changed = live.fetchNow(SLUG, ANNA);
        assertThat(changed.last().message()).startsWith("1 added, 0 changed, 1 removed");
        assertThat(db.read(SLUG).strikes().find("live-2")).isEmpty();
        assertThat(db.read(SLUG).strikes().find("live-3")).isPresent();
        assertThat(db.read(SLUG).strikes().all()).hasSize(strikes + 2);
    }

    @Test
    void aMapThatSaysSoPublishesAtOnceButNeverOverAnUnpublishedEdit() {
        follow(true);
        String before = app.datasets().find(SLUG).orElseThrow().version();
        LiveFeed published = live.fetchNow(SLUG, ANNA);
        assertThat(published.last().outcome()).as(published.last().message()).isEqualTo(LiveFeed.Outcome.PUBLISHED);
        assertThat(app.datasets().find(SLUG).orElseThrow().version()).isNotEqualTo(before);
        assertThat(app.datasets().find(SLUG).orElseThrow().strikes().find("live-2")).isPresent();

        Draft draft = app.drafts().open(SLUG, BOHDAN);
        Strike strike = draft.content().strikes().all().getFirst();
        app.drafts().save(SLUG, strike.at(strike.location().renamed("en", "Half-done")),
                draft.revisionOf(new RecordKey(RecordKind.STRIKE, strike.id())), BOHDAN, "wip");
        sheet.set(SHEET + "4,2024-01-05,Dnipro,48.46,35.05,https://example.org/4,A strike on Dnipro.\n");
        LiveFeed held = live.fetchNow(SLUG, ANNA);
        assertThat(held.last().outcome()).isEqualTo(LiveFeed.Outcome.DRAFTED);
        assertThat(held.last().message()).contains("not published: the draft held changes not yet published");
        assertThat(app.datasets().find(SLUG).orElseThrow().strikes().find("live-4")).isEmpty();
        assertThat(app.datasets().find(SLUG).orElseThrow().strikes().find(strike.id()).orElseThrow()
                .location().place().words()).isNotEqualTo("Half-done");
    }

    @Test
    void aRefusedFetchOrFileIsKeptWithItsReasonAndImportsNothing() {
        follow(false);
        sheet.set("id,date,place,lat,lon,link,what\n1,2024-01-02,Kharkiv,91,36.23,,x\n");
        LiveFeed bad = live.fetchNow(SLUG, ANNA);
        assertThat(bad.last().outcome()).isEqualTo(LiveFeed.Outcome.FAILED);
        assertThat(bad.last().message()).contains("sheet.csv:2: latitude 91 is outside -90..90");
        assertThat(db.read(SLUG).strikes().find("live-1")).isEmpty();

        live.follow(SLUG, new LiveFeed.Address(server.url("/missing.csv"), ImportFormat.CSV, MAPPING),
                new LiveFeed.Schedule(15, false), ANNA);
        LiveFeed missing = live.fetchNow(SLUG, ANNA);
        assertThat(missing.last().outcome()).isEqualTo(LiveFeed.Outcome.FAILED);
        assertThat(missing.last().message()).endsWith("answered 404, not 200");
    }

    @Test
    void aFeedIsCheckedBeforeItIsStored() {
        assertThatThrownBy(() -> live.follow(SLUG, new LiveFeed.Address("file:///etc/passwd", ImportFormat.CSV, MAPPING),
                new LiveFeed.Schedule(15, false), ANNA)).isInstanceOf(FetchRefused.class);
        assertThatThrownBy(() -> live.follow(SLUG, new LiveFeed.Address(server.url("/map.zip"), ImportFormat.MAP_ZIP, null),
                new LiveFeed.Schedule(15, false), ANNA)).hasMessage("live data is a CSV or GeoJSON address, not a map's zip");
        assertThatThrownBy(() -> live.follow(SLUG, new LiveFeed.Address(server.url("/sheet.csv"), ImportFormat.CSV, MAPPING),
                new LiveFeed.Schedule(0, false), ANNA)).hasMessageStartingWith("fetch every 1 to");
        assertThat(live.feed(SLUG)).isEmpty();
    }

    @Test
    void onlyAFeedThatIsDueIsFetchedOnSchedule() {
        follow(false);
        live.fetchDue();
        assertThat(live.feed(SLUG).orElseThrow().last().outcome()).isEqualTo(LiveFeed.Outcome.DRAFTED);
        sheet.set(SHEET + "5,2024-01-06,Lviv,49.84,24.03,https://example.org/5,A strike on Lviv.\n");
        live.fetchDue();
        assertThat(db.read(SLUG).strikes().find("live-5")).as("fetched 15 minutes later, not now").isEmpty();
    }

    @Test
    void aPlainCsvWithoutAMappingIsReadWithTheOneSavedWhenTheSheetWasImportedByHand() {
        ImportJob byHand = ImportTestSupport.ended(imports, imports.start(SLUG, ImportTestSupport.file("sheet.csv", SHEET),
                new ImportService.Request(ImportFormat.CSV, MAPPING, ImportService.Mode.WRITE), ANNA).id(), ANNA);
        assertThat(byHand.state()).as(String.valueOf(byHand.outcome().error())).isEqualTo(ImportJob.State.DONE);
        live.follow(SLUG, new LiveFeed.Address(server.url("/sheet.csv"), ImportFormat.CSV, null),
                new LiveFeed.Schedule(15, false), ANNA);
        LiveFeed fetched = live.fetchNow(SLUG, ANNA);
        assertThat(fetched.last().outcome()).as(fetched.last().message()).isEqualTo(LiveFeed.Outcome.DRAFTED);
        assertThat(db.read(SLUG).strikes().find("live-2")).isPresent();
    }

    @Test
    void theRightsOfThePersonWhoSetItUpAreAskedAgainAtEveryFetch() {
        assertThatThrownBy(() -> live.follow(SLUG, new LiveFeed.Address(server.url("/sheet.csv"), ImportFormat.CSV, MAPPING),
                new LiveFeed.Schedule(15, true), BOHDAN)).isInstanceOf(NotAllowed.class)
                .hasMessage("only a reviewer of " + SLUG + " lets its live data be published at once");
        String published = app.datasets().find(SLUG).orElseThrow().version();
        follow(true);
        roles.grant(ANNA, SLUG, Roles.Role.EDITOR);
        LiveFeed drafted = live.fetchNow(SLUG, BOHDAN);
        assertThat(drafted.last().outcome()).isEqualTo(LiveFeed.Outcome.DRAFTED);
        assertThat(drafted.last().message()).endsWith("not published: Anna is no longer a reviewer of " + SLUG
                + ", so a reviewer publishes it");
        assertThat(app.datasets().find(SLUG).orElseThrow().version()).isEqualTo(published);

        roles.withdraw(ANNA, SLUG);
        sheet.set(SHEET + "4,2024-01-05,Dnipro,48.46,35.05,https://example.org/4,A strike on Dnipro.\n");
        LiveFeed refused = live.fetchNow(SLUG, BOHDAN);
        assertThat(refused.last().outcome()).isEqualTo(LiveFeed.Outcome.FAILED);
        assertThat(refused.last().message()).isEqualTo("Anna may not edit " + SLUG);
        assertThat(db.read(SLUG).strikes().find("live-4")).isEmpty();
        assertThatThrownBy(() -> live.fetchNow(SLUG, new Editor(43, "Stranger"))).isInstanceOf(NotAllowed.class);
    }
}
