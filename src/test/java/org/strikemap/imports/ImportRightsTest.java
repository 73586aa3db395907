package org.strikemap.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikemap.account.Editor;
import org.strikemap.account.NotAllowed;
import org.strikemap.ingest.MapExport;
import org.strikemap.ingest.TestDatabase;
import org.strikemap.publish.PublishTestSupport;

/**
 * Who may import: every import and every write of one asks the account module's People (here {@link Roles}, as the
 * contract answers). Nobody signed in, a person without a role on the map, another person's preview, a role
 * withdrawn between the preview and the write, a new map from a zip by someone who is not an admin: refused with
 * {@link NotAllowed}, the upload deleted, nothing written.
 */
class ImportRightsTest {

    static final Editor EDITOR = new Editor(51, "Olena Editor");
    static final Editor STRANGER = new Editor(52, "Sam Stranger");
    static final Editor ADMIN = new Editor(53, "Ada Admin");
    static final String SLUG = org.strikemap.testing.TestDatabase.SEED_SLUG;
    static final String FILE = Acled.file(Acled.row("UKR1", "2024-01-02", 1, 1, "Kharkiv", 49.99, 36.23, "Suspilne",
            "A strike.", 2));

    @TempDir
    Path temp;
    TestDatabase db;
    Roles roles;
    PublishTestSupport app;
    ImportService imports;

    @BeforeEach
    void seedMap() {
        db = TestDatabase.create();
        roles = Roles.mocked().grant(EDITOR, SLUG, Roles.Role.EDITOR).admin(ADMIN);
        app = new PublishTestSupport(db.dataSource(), roles.people(), TestDatabase.BOUNDARIES);
        Path data = temp.resolve("data");
        TestDatabase.copy(org.strikemap.testing.TestDatabase.seedMap(), data.resolve(SLUG));
        app.load(data, TestDatabase.BOUNDARIES);
        imports = ImportTestSupport.service(db.dataSource(), app, ImportCaps.defaults(), roles.people());
    }

    @Test
    void nobodyAndAPersonWithoutARoleOnTheMapAreRefusedBeforeTheFileIsRead() {
        List<String> before = dump();
        ImportFile nobodys = ImportTestSupport.file("acled.csv", FILE);
        assertThatThrownBy(() -> imports.start(SLUG, nobodys, preview(), null)).isInstanceOf(NotAllowed.class)
                .hasMessage("sign in to import");
        ImportFile strangers = ImportTestSupport.file("acled.csv", FILE);
        assertThatThrownBy(() -> imports.start(SLUG, strangers, preview(), STRANGER)).isInstanceOf(NotAllowed.class)
                .hasMessage("Sam Stranger may not edit " + SLUG);
        assertThatThrownBy(() -> imports.runNow(SLUG, ImportTestSupport.file("acled.csv", FILE), preview(), STRANGER))
                .isInstanceOf(NotAllowed.class);
        assertThat(nobodys.path()).as("the refused upload is deleted").doesNotExist();
        assertThat(strangers.path()).doesNotExist();
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void anotherPersonNeitherSeesNorWritesSomeonesPreview() {
        roles.grant(STRANGER, SLUG, Roles.Role.REVIEWER);
        ImportJob preview = previewed(EDITOR);
        assertThatThrownBy(() -> imports.job(preview.id(), STRANGER)).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> imports.write(preview.id(), STRANGER)).isInstanceOf(NotAllowed.class)
                .hasMessage("this import is not yours");
        assertThatThrownBy(() -> imports.discard(preview.id(), STRANGER)).isInstanceOf(NotAllowed.class);
        assertThat(imports.job(preview.id(), EDITOR).orElseThrow().state()).isEqualTo(ImportJob.State.PREVIEWED);
        assertThat(db.read(SLUG).strikes().find("acled-UKR1")).isEmpty();
    }

    @Test
    void aRoleWithdrawnBetweenThePreviewAndTheWriteWritesNothing() {
        List<String> before = dump();
        ImportJob preview = previewed(EDITOR);
        roles.withdraw(EDITOR, SLUG);
        imports.write(preview.id(), EDITOR);
        ImportJob job = ImportTestSupport.ended(imports, preview.id(), EDITOR);
        assertThat(job.state()).isEqualTo(ImportJob.State.FAILED);
        assertThat(job.outcome().error()).isEqualTo("Olena Editor may not edit " + SLUG);
        assertThat(dump()).isEqualTo(before);
        assertThat(db.read(SLUG).strikes().find("acled-UKR1")).isEmpty();
    }

    @Test
    void theEditorOfTheMapWritesIt() {
        ImportJob preview = previewed(EDITOR);
        imports.write(preview.id(), EDITOR);
        ImportJob job = ImportTestSupport.ended(imports, preview.id(), EDITOR);
        assertThat(job.state()).as(String.valueOf(job.outcome().error())).isEqualTo(ImportJob.State.DONE);
        assertThat(db.read(SLUG).strikes().find("acled-UKR1")).isPresent();
    }

    @Test
    void onlyAnAdminMakesANewMapFromAZip() throws Exception {
        byte[] zip = ImportServiceTest.zip(MapExport.files(app.datasets().find(SLUG).orElseThrow()));
        ImportFile editors = ImportTestSupport.file("data.zip", zip);
        assertThatThrownBy(() -> imports.start("copy", editors, write(), EDITOR)).isInstanceOf(NotAllowed.class)
                .hasMessage("there is no map 'copy'; only an admin makes one from a map's zip");
        assertThat(editors.path()).doesNotExist();
        assertThat(app.store().map("copy")).isEmpty();

        ImportJob job = ImportTestSupport.ended(imports, imports.start("copy", ImportTestSupport.file("data.zip", zip),
                write(), ADMIN).id(), ADMIN);
        assertThat(job.state()).as(String.valueOf(job.outcome().error())).isEqualTo(ImportJob.State.DONE);
        assertThat(app.store().map("copy")).isPresent();
    }

    private ImportJob previewed(Editor who) {
        ImportJob job = ImportTestSupport.ended(imports, imports.start(SLUG, ImportTestSupport.file("acled.csv", FILE),
                preview(), who).id(), who);
        assertThat(job.state()).as(String.valueOf(job.outcome().error())).isEqualTo(ImportJob.State.PREVIEWED);
        return job;
    }

    private static ImportService.Request preview() {
        return new ImportService.Request(null, null, ImportService.Mode.PREVIEW);
    }

    private static ImportService.Request write() {
        return new ImportService.Request(null, null, ImportService.Mode.WRITE);
    }

    private List<String> dump() {
        return db.jdbc().sql("select concat(kind, ' ', record_id, ' ', revision) from revisions order by id")
                .query(String.class).list();
    }
}
