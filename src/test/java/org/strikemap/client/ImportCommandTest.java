package org.strikemap.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strikemap.account.AccountTestSupport;
import org.strikemap.account.Editor;
import org.strikemap.account.MapRole;
import org.strikemap.dataset.Datasets;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.draft.DraftService;
import org.strikemap.ingest.MapReader;
import org.strikemap.testing.TestDatabase;

/**
 * The commands. The import command ({@code bash src/bin/import}: {@link ImportCommand}) against a running server on a real port:
 * an editor's file is written into the draft; a bad file exits 1 with {@code file:line: reason} and writes nothing;
 * nobody signed in is 401 and a person without a role on the map 403 (exit 3), nothing written; a long file prints
 * a line per 10,000 rows. And the export command ({@code bash src/bin/export}: {@link ExportCommand}): the published
 * version's files in a folder, read back to the same content hash. Who the request is comes from a real API token
 * of a real person ({@link AccountTestSupport}), as a newsroom's script would send it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.productionMode=true", "vaadin.launch-browser=false"})
@DirtiesContext
class ImportCommandTest {

    static final String SLUG = TestDatabase.SEED_SLUG;
    static final String HEADER = "event_id_cnty,event_date,time_precision,geo_precision,admin1,location,latitude,"
            + "longitude,source,notes,fatalities";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.useRealDataIn(registry);
    }

    @Value("${local.server.port}")
    int port;
    @Autowired
    DataSource database;
    @Autowired
    DraftService drafts;
    @Autowired
    Datasets datasets;
    @TempDir
    Path temp;
    Editor editor;
    String editorsToken;
    String strangersToken;

    @BeforeEach
    void people() {
        AccountTestSupport accounts = AccountTestSupport.over(database);
        editor = accounts.person("Olena Editor", SLUG, MapRole.EDITOR);
        editorsToken = accounts.tokens().make(editor, "newsroom script").secret();
        Editor stranger = accounts.person("Sam Stranger", "another-map", MapRole.EDITOR);
        strangersToken = accounts.tokens().make(stranger, "stranger's script").secret();
    }

    record Run(int exit, String out, String err) {
    }

    Run command(String token, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ImportCommand.run(args, Map.of("STRIKEMAP_URL", "http://localhost:" + port + "/",
                "STRIKEMAP_TOKEN", token), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Path file(String name, String... rows) throws Exception {
        return Files.writeString(temp.resolve(name), HEADER + "\n" + String.join("\n", rows) + "\n");
    }

    LoadedDataset draft() {
        return drafts.open(SLUG, editor).content();
    }

    @Test
    void anEditorsFileIsWrittenIntoTheDraftAndABadOneExitsWithItsLineAndWritesNothing() throws Exception {
        Run done = command(editorsToken, file("events.csv",
                "UKR11,2024-01-02,1,1,Kharkiv,Kharkiv,49.99,36.23,Suspilne,A strike.,2",
                "UKR12,2024-01-03,1,1,Kyiv,Kyiv,50.45,30.52,Ukrinform,Another.,0").toString(), "--map=" + SLUG);
        assertThat(done.exit()).as(done.err()).isZero();
        assertThat(done.out()).contains("events.csv imported into the draft of " + SLUG + ": 2 rows read; 2 strikes added");
        assertThat(draft().strikes().find("acled-UKR11")).isPresent();

        int strikes = draft().strikes().all().size();
        Run bad = command(editorsToken, file("later.csv",
                "UKR13,2024-01-04,1,1,Kyiv,Kyiv,50.45,30.52,Ukrinform,Fine.,0",
                "UKR14,2024-01-05,1,1,Kyiv,Kyiv,95.0,30.52,Ukrinform,Not on Earth.,0").toString(), "--map=" + SLUG);
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("nothing was written").contains("later.csv:3: latitude 95");
        assertThat(draft().strikes().all()).hasSize(strikes);
        assertThat(draft().strikes().find("acled-UKR13")).isEmpty();
    }

    @Test
    void aLongFileGetsALinePerTenThousandRowsAndAPreviewWritesNothing() throws Exception {
        StringBuilder rows = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= 10_001; i++) {
            rows.append("LONG").append(i).append(",2024-02-").append(10 + i % 19).append(",1,1,Kharkiv,Place ").append(i)
                    .append(",49.99,36.23,Long source,Row ").append(i).append(".,0\n");
        }
        Path events = Files.writeString(temp.resolve("long.csv"), rows);
        Run preview = command(editorsToken, events.toString(), "--map=" + SLUG, "--preview");
        assertThat(preview.exit()).as(preview.err()).isZero();
        assertThat(preview.out().lines().toList()).startsWith("10,000 rows read")
                .contains("long.csv would import into the draft of " + SLUG + " (nothing written): 10,001 rows read;"
                        + " 10,001 strikes added, 0 changed, 0 unchanged, 0 removed; 1 new reports, 0 claims");
        assertThat(draft().strikes().find("acled-LONG1")).isEmpty();
    }

    @Test
    void theExportCommandWritesThePublishedVersionsFilesIntoAFolder() throws Exception {
        LoadedDataset published = datasets.find(SLUG).orElseThrow();
        Path folder = temp.resolve("export");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = ExportCommand.run(new String[] {"--map=" + SLUG, folder.toString()},
                Map.of("STRIKEMAP_URL", "http://localhost:" + port), new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("(version " + published.version() + ") to " + folder);
        Map<String, byte[]> files = new java.util.TreeMap<>();
        try (var walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        assertThat(MapReader.files(files, "read-back", "export/").hash()).as("the same content, read back")
                .isEqualTo(published.hash());
        assertThat(ExportCommand.run(new String[] {"--map=no-such-map", folder.toString()},
                Map.of("STRIKEMAP_URL", "http://localhost:" + port), System.out, new PrintStream(new ByteArrayOutputStream())))
                .isEqualTo(3);
    }

    @Test
    void nobodySignedInAndAPersonWithoutARoleAreRefusedAndNothingIsWritten() throws Exception {
        int strikes = draft().strikes().all().size();
        Path events = file("events.csv", "UKR21,2024-01-02,1,1,Kharkiv,Kharkiv,49.99,36.23,Suspilne,A strike.,2");
        Run nobody = command("not-a-token-anyone-was-given", events.toString(), "--map=" + SLUG);
        assertThat(nobody.exit()).isEqualTo(3);
        assertThat(nobody.err()).startsWith("refused (401): sign in");
        Run stranger = command(strangersToken, events.toString(), "--map=" + SLUG);
        assertThat(stranger.exit()).isEqualTo(3);
        assertThat(stranger.err()).startsWith("refused (403): Sam Stranger may not edit " + SLUG);
        assertThat(draft().strikes().all()).hasSize(strikes);
    }
}
