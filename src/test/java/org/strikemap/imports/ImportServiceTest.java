package org.strikemap.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikemap.account.Editor;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.draft.Draft;
import org.strikemap.draft.RecordKey;
import org.strikemap.draft.RecordKind;
import org.strikemap.ingest.MapExport;
import org.strikemap.ingest.TestDatabase;
import org.strikemap.publish.PublishTestSupport;
import org.strikemap.strike.Strike;

/**
 * Imports into a map's draft on a database: previewed, then written in one transaction with a revision per record;
 * a file with a problem row, or a draft changed since its preview, writes nothing; a CSV's mapping is saved with the
 * map; and a map's own zip imported into a new map gives the same content hash.
 */
class ImportServiceTest {

    static final Editor ANNA = new Editor(31, "Anna");
    static final Editor BOHDAN = new Editor(32, "Bohdan");
    static final Editor ADMIN = new Editor(1, "Admin");
    static final String SLUG = org.strikemap.testing.TestDatabase.SEED_SLUG;

    @TempDir
    Path temp;
    TestDatabase db;
    PublishTestSupport app;
    ImportService imports;

    @BeforeEach
    void seedMap() {
        db = TestDatabase.create();
        Roles roles = Roles.mocked().grant(ANNA, SLUG, Roles.Role.EDITOR).grant(BOHDAN, SLUG, Roles.Role.REVIEWER)
                .grant(BOHDAN, "seed-copy", Roles.Role.REVIEWER).admin(ADMIN);
        app = new PublishTestSupport(db.dataSource(), roles.people(), TestDatabase.BOUNDARIES);
        Path data = temp.resolve("data");
        TestDatabase.copy(org.strikemap.testing.TestDatabase.seedMap(), data.resolve(SLUG));
        app.load(data, TestDatabase.BOUNDARIES);
        imports = ImportTestSupport.service(db.dataSource(), app, ImportCaps.defaults(), roles.people());
    }

    ImportJob run(String name, String text, ImportService.Mode mode) {
        ImportJob started = imports.start(SLUG, ImportTestSupport.file(name, text), new ImportService.Request(null, null, mode), ANNA);
        return ImportTestSupport.ended(imports, started.id(), ANNA);
    }

    @Test
    void aPreviewWritesNothingAndWritingIsOneRevisionPerRecord() {
        int strikes = db.read(SLUG).strikes().all().size();
        long revisions = revisions();
        ImportJob preview = run("acled.csv", Acled.file(
                Acled.row("UKR1", "2024-01-02", 1, 1, "Kharkiv", 49.99, 36.23, "Suspilne", "A strike.", 2),
                Acled.row("UKR2", "2024-01-03", 1, 1, "Kyiv", 50.45, 30.52, "Ukrinform", "Another.", 0)),
                ImportService.Mode.PREVIEW);
        assertThat(preview.state()).isEqualTo(ImportJob.State.PREVIEWED);
        assertThat(preview.format()).as("detected by its header").isEqualTo(ImportFormat.ACLED);
        assertThat(preview.preview().counts().added()).isEqualTo(2);
        assertThat(db.read(SLUG).strikes().all()).hasSize(strikes);
        assertThat(revisions()).isEqualTo(revisions);

        imports.write(preview.id(), ANNA);
        ImportJob done = ImportTestSupport.ended(imports, preview.id(), ANNA);
        assertThat(done.state()).isEqualTo(ImportJob.State.DONE);
        assertThat(done.outcome().written()).as("2 strikes, 2 reports, 1 claim").isEqualTo(5);
        assertThat(db.read(SLUG).strikes().all()).hasSize(strikes + 2);
        assertThat(revisions()).isEqualTo(revisions + 5);
        assertThat(app.datasets().find(SLUG).orElseThrow().strikes().all()).as("readers see published versions only")
                .hasSize(strikes);
    }

    @Test
    void aFileWithAProblemRowWritesNothing() {
        List<String> before = dump();
        ImportJob job = run("acled.csv", Acled.file(
                Acled.row("UKR1", "2024-01-02", 1, 1, "Kharkiv", 49.99, 36.23, "Suspilne", "A strike.", 2),
                Acled.row("UKR2", "99999-01-03", 1, 1, "Kyiv", 50.45, 30.52, "Ukrinform", "Another.", 0)),
                ImportService.Mode.WRITE);
        assertThat(job.state()).isEqualTo(ImportJob.State.FAILED);
        assertThat(job.outcome().error()).startsWith("1 row has a problem; nothing was written.")
                .contains("acled.csv:3: date '99999-01-03': the year 99999 is outside 1900–2100");
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void aFileThatCannotBeReadWritesNothing() {
        List<String> before = dump();
        ImportJob job = run("sheet.csv", "date,place\n\"2024-01-02,Kyiv\n", ImportService.Mode.WRITE);
        assertThat(job.state()).isEqualTo(ImportJob.State.FAILED);
        assertThat(job.outcome().error()).isEqualTo("sheet.csv:2: a quoted field opens here and is never closed (a double"
                + " quote is missing; the rest of the file was read as one field)");
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void aDraftChangedSinceThePreviewIsNotWrittenOver() {
        ImportJob preview = run("acled.csv", Acled.file(
                Acled.row("UKR1", "2024-01-02", 1, 1, "Kharkiv", 49.99, 36.23, "Suspilne", "A strike.", 0)),
                ImportService.Mode.PREVIEW);
        Draft draft = app.drafts().open(SLUG, BOHDAN);
        Strike strike = draft.content().strikes().all().getFirst();
        app.drafts().save(SLUG, strike.at(strike.location().renamed("en", "Renamed meanwhile")),
                draft.revisionOf(new RecordKey(RecordKind.STRIKE, strike.id())), BOHDAN, "meanwhile");
        imports.write(preview.id(), ANNA);
        ImportJob job = ImportTestSupport.ended(imports, preview.id(), ANNA);
        assertThat(job.state()).isEqualTo(ImportJob.State.FAILED);
        assertThat(job.outcome().error()).contains("changed since this preview");
        assertThat(db.read(SLUG).strikes().find("acled-UKR1")).isEmpty();
        assertThat(db.read(SLUG).strikes().find(strike.id()).orElseThrow().location().place().words()).isEqualTo("Renamed meanwhile");
    }

    @Test
    void aCsvMappingIsSavedWithTheMapForTheNextImportOfTheSameFile() {
        String sheet = "No,Date,Lat,Lon,Town\n7,02/01/2024,49.99,36.23,Kharkiv\n";
        ColumnMapping mapping = new ColumnMapping(new ColumnMapping.When("Date", DateSpelling.DAY_FIRST),
                new ColumnMapping.Where("Lat", "Lon", null, "Town", null), new ColumnMapping.What("No", null, null));
        ImportJob first = ImportTestSupport.ended(imports, imports.start(SLUG, ImportTestSupport.file("sheet.csv", sheet),
                new ImportService.Request(ImportFormat.CSV, mapping, ImportService.Mode.WRITE), ANNA).id(), ANNA);
        assertThat(first.state()).isEqualTo(ImportJob.State.DONE);
        assertThat(imports.savedMapping(SLUG, List.of("no", " date", "LAT", "Lon", "Town"))).contains(mapping);

        ImportJob again = run("sheet.csv", sheet.replace("02/01/2024", "03/01/2024"), ImportService.Mode.WRITE);
        assertThat(again.state()).as("the saved mapping read it: " + again.outcome().error()).isEqualTo(ImportJob.State.DONE);
        assertThat(again.preview().counts().changed()).isEqualTo(1);
    }

    @Test
    void aMapsZipImportedIntoANewMapHasTheSameContentHash() throws Exception {
        LoadedDataset seed = app.datasets().find(SLUG).orElseThrow();
        byte[] zip = zip(MapExport.files(seed));
        Editor admin = ADMIN;
        ImportJob job = ImportTestSupport.ended(imports, imports.start("seed-copy", ImportTestSupport.file("data.zip", zip),
                new ImportService.Request(null, null, ImportService.Mode.WRITE), admin).id(), admin);
        assertThat(job.state()).as(String.valueOf(job.outcome().error())).isEqualTo(ImportJob.State.DONE);
        assertThat(job.format()).isEqualTo(ImportFormat.MAP_ZIP);
        String version = app.publish().publish("seed-copy", BOHDAN, "the same map, again").version();
        assertThat(version).isEqualTo(seed.version());
        assertThat(app.datasets().find("seed-copy").orElseThrow().hash()).isEqualTo(seed.hash());
    }

    @Test
    void aMapsZipWithAReportsAddressAndStoredTextImportsToTheSameContentHash() throws Exception {
        org.strikemap.source.Source first = app.datasets().find(SLUG).orElseThrow().sources().all().getFirst();
        org.strikemap.source.Source withText = new org.strikemap.source.Source(first.id(), first.file(), first.outlet(),
                first.headline(), first.dateAsGiven(), first.note(), "https://example.org/report", "The report's text.\n");
        app.drafts().save(SLUG, withText, 1, ANNA, "its address and text");
        app.publish().publish(SLUG, BOHDAN, "a report's text");
        app.publishedForTests().refresh();
        LoadedDataset seed = app.datasets().find(SLUG).orElseThrow();
        assertThat(seed.sources().all().getFirst()).isEqualTo(withText);
        Map<String, byte[]> files = MapExport.files(seed);
        assertThat(files).containsKey("texts/" + first.id() + ".txt");

        ImportJob job = ImportTestSupport.ended(imports, imports.start("seed-copy", ImportTestSupport.file("data.zip",
                zip(files)), new ImportService.Request(null, null, ImportService.Mode.WRITE), ADMIN).id(), ADMIN);
        assertThat(job.state()).as(String.valueOf(job.outcome().error())).isEqualTo(ImportJob.State.DONE);
        app.publish().publish("seed-copy", BOHDAN, "the same map, again");
        LoadedDataset copy = app.datasets().find("seed-copy").orElseThrow();
        assertThat(copy.hash()).isEqualTo(seed.hash());
        assertThat(copy.sources().all().getFirst()).isEqualTo(withText);
    }

    private long revisions() {
        return db.jdbc().sql("select count(*) from revisions").query(Long.class).single();
    }

    private List<String> dump() {
        return db.jdbc().sql("select concat(kind, ' ', record_id, ' ', revision) from revisions order by id")
                .query(String.class).list().stream().toList();
    }

    static byte[] zip(Map<String, byte[]> files) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
