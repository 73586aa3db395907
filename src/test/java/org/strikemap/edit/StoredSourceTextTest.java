package org.strikemap.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikemap.account.AccountTestSupport;
import org.strikemap.account.Editor;
import org.strikemap.account.MapRole;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.draft.RecordKey;
import org.strikemap.draft.RecordKind;
import org.strikemap.draft.RecordRefused;
import org.strikemap.ingest.MapExport;
import org.strikemap.ingest.MapReader;
import org.strikemap.ingest.TestDatabase;
import org.strikemap.publish.PublishTestSupport;
import org.strikemap.source.Citation;
import org.strikemap.source.Claim;
import org.strikemap.source.ClaimValue;
import org.strikemap.source.Source;

/**
 * A report added in the editor, with its address and stored text and no seed file, on the real draft and publish
 * services over one database: it survives a restart of the services (draft and revision) and publication (the
 * version's files, which export and import to the same content hash), and the quote check ({@link QuoteState}) finds a
 * claim's quote in its text and does not find one the text does not hold.
 */
class StoredSourceTextTest {

    static final String SLUG = "data";
    static final String TEXT = "KYIV, Friday.\n\nThe regional governor said at least\u00A014 people were \u201Cwounded\u201D"
            + " in the night.\nThe figure may rise.";
    static final Source ADDED = new Source("n-001", null, "A Newsroom's Wire", "Night strike wounds 14", "Friday", null,
            "https://example.org/wire/night-strike", TEXT);

    @TempDir
    Path temp;

    TestDatabase db;
    Path data;
    Editor anna;
    Editor bohdan;

    @BeforeEach
    void start() {
        db = TestDatabase.create();
        data = TestDatabase.copyFixture(temp);
        PublishTestSupport app = db.publishing(data.resolve("boundaries"));
        app.load(data, data.resolve("boundaries"));
        AccountTestSupport accounts = AccountTestSupport.over(db.dataSource());
        anna = accounts.person("Anna", SLUG, MapRole.REVIEWER);
        bohdan = accounts.person("Bohdan", SLUG, MapRole.REVIEWER);
    }

    /** The services anew over the same database, as after a restart. */
    PublishTestSupport restarted() {
        PublishTestSupport app = db.publishing(data.resolve("boundaries"));
        app.publishedForTests().refresh();
        return app;
    }

    static Claim claim(String id, String quote) {
        return new Claim(id, "kharkiv-day", "injured", new ClaimValue("14", null, null), "at least 14 wounded",
                "regional governor", new Citation(ADDED.id(), quote, null));
    }

    @Test
    void aReportAddedWithAddressAndTextIsKeptAndItsQuotesAreFoundInTheText() {
        PublishTestSupport app = restarted();
        app.drafts().save(SLUG, ADDED, 0, anna, "a new report");
        app.drafts().save(SLUG, claim("c-wounded-n-001", "at least 14 people were \"wounded\" in the night."), 0, anna, null);
        app.drafts().save(SLUG, claim("c-killed-n-001", "at least 14 people were killed in the night."), 0, anna, null);

        LoadedDataset draft = restarted().drafts().open(SLUG, bohdan).content();
        assertThat(draft.sources().find(ADDED.id())).contains(ADDED);
        assertThat(quoteState(draft, "c-wounded-n-001")).isEqualTo(QuoteState.FOUND);
        assertThat(quoteState(draft, "c-killed-n-001")).isEqualTo(QuoteState.NOT_FOUND);
        assertThat(restarted().drafts().open(SLUG, bohdan).revisionOf(new RecordKey(RecordKind.SOURCE, ADDED.id())))
                .isEqualTo(1);

        restarted().publish().publish(SLUG, bohdan, "A newsroom's report");
        LoadedDataset published = restarted().datasets().current();
        assertThat(published.sources().find(ADDED.id())).contains(ADDED);
        assertThat(quoteState(published, "c-wounded-n-001")).isEqualTo(QuoteState.FOUND);
        assertThat(quoteState(published, "c-killed-n-001")).isEqualTo(QuoteState.NOT_FOUND);

        LoadedDataset imported = MapReader.files(MapExport.files(published), SLUG, "zip/");
        assertThat(imported.hash()).isEqualTo(published.hash());
        assertThat(imported.sources().find(ADDED.id())).contains(ADDED);
    }

    @Test
    void aReportWithNeitherSeedFileNorTextIsKeptAndItsQuotesAreNeverFound() {
        PublishTestSupport app = restarted();
        Source bare = new Source("n-002", null, "A Newsroom's Wire", null, "Friday", null, null, null);
        app.drafts().save(SLUG, bare, 0, anna, null);
        app.drafts().save(SLUG, new Claim("c-bare", "kharkiv-day", "injured", new ClaimValue("14", null, null),
                "14 wounded", "governor", new Citation(bare.id(), "14 wounded", null)), 0, anna, null);

        LoadedDataset draft = restarted().drafts().open(SLUG, bohdan).content();
        assertThat(draft.sources().find(bare.id())).contains(bare);
        assertThat(quoteState(draft, "c-bare")).isEqualTo(QuoteState.NOT_FOUND);
    }

    @Test
    void aReportWhoseTextOrAddressCannotBeStoredIsRefused() {
        PublishTestSupport app = restarted();
        Source blank = new Source("n-003", null, "Wire", null, "Friday", null, null, " \n ");
        assertThatThrownBy(() -> app.drafts().save(SLUG, blank, 0, anna, null)).isInstanceOf(RecordRefused.class)
                .hasMessageContaining("stored text is blank; leave it out");
        Source ftp = new Source("n-003", null, "Wire", null, "Friday", null, "ftp://example.org/a", null);
        assertThatThrownBy(() -> app.drafts().save(SLUG, ftp, 0, anna, null)).isInstanceOf(RecordRefused.class)
                .hasMessageContaining("address 'ftp://example.org/a' is not an http:// or https:// address");
        Source misnamed = new Source("n-003", "004_other.txt", "Wire", null, "Friday", null, null, null);
        assertThatThrownBy(() -> app.drafts().save(SLUG, misnamed, 0, anna, null)).isInstanceOf(RecordRefused.class)
                .hasMessageContaining("file 004_other.txt does not start with the source id n-003");
        assertThat(restarted().drafts().open(SLUG, anna).content().sources().find("n-003")).isEmpty();
    }

    static QuoteState quoteState(LoadedDataset map, String claimId) {
        Claim claim = map.sources().claims().stream().filter(c -> c.id().equals(claimId)).findFirst().orElseThrow();
        return QuoteState.of(claim.citation(), map.sources());
    }
}
