package org.strikemap.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikemap.account.Editor;
import org.strikemap.imports.ImportCaps;
import org.strikemap.imports.ImportFile;
import org.strikemap.imports.ImportFormat;
import org.strikemap.imports.ImportJob;
import org.strikemap.imports.ImportService;
import org.strikemap.imports.ImportTestSupport;
import org.strikemap.imports.Roles;
import org.strikemap.ingest.TestDatabase;
import org.strikemap.publish.PublishTestSupport;

/**
 * Hostile files offered for import (issue 19's list): each is refused with a clear reason ({@code file:line: reason}
 * where it has a line) and the database is as it was. Large inputs are made here, sparse or streamed, never committed.
 */
class HostileImportsTest {

    static final Editor ANNA = new Editor(51, "Anna");
    static final String SLUG = org.strikemap.testing.TestDatabase.SEED_SLUG;
    static final String HEADER = "id,date,lat,lon,place\n";

    @TempDir
    Path temp;
    TestDatabase db;
    ImportService imports;

    @BeforeEach
    void seedMap() {
        db = TestDatabase.create();
        Roles roles = Roles.mocked().grant(ANNA, SLUG, Roles.Role.EDITOR);
        PublishTestSupport app = new PublishTestSupport(db.dataSource(), roles.people(), TestDatabase.BOUNDARIES);
        Path data = temp.resolve("data");
        TestDatabase.copy(org.strikemap.testing.TestDatabase.seedMap(), data.resolve(SLUG));
        app.load(data, TestDatabase.BOUNDARIES);
        imports = ImportTestSupport.service(db.dataSource(), app, ImportCaps.defaults(), roles.people());
    }

    /** Imports {@code file} to write it; asserts it failed and wrote nothing; answers its reason. */
    String refused(ImportFile file, ImportFormat format) {
        List<String> before = everything();
        ImportJob started = imports.start(SLUG, file, new ImportService.Request(format, format == ImportFormat.CSV
                ? org.strikemap.imports.ColumnMapping.fromJson("{\"id\": \"id\", \"date\": \"date\", \"latitude\": \"lat\","
                + " \"longitude\": \"lon\", \"place\": \"place\"}") : null, ImportService.Mode.WRITE), ANNA);
        ImportJob job = ImportTestSupport.ended(imports, started.id(), ANNA);
        assertThat(job.state()).as("refused: " + job.outcome().error()).isEqualTo(ImportJob.State.FAILED);
        assertThat(everything()).as("nothing written").isEqualTo(before);
        return job.outcome().error();
    }

    @Test
    void aZipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("strikes.csv"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bytes.size()).as("a few hundred KB").isLessThan(1 << 20);
        assertThat(refused(ImportTestSupport.file("bomb.zip", bytes.toByteArray()), null))
                .startsWith("bomb.zip: unpacks to more than").contains("a zip bomb, or no map's zip");
    }

    @Test
    void aZipWhoseEntriesClimbOutOfTheMap() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("../../etc/cron.d/x"));
            zip.write("* * * * * root true\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(refused(ImportTestSupport.file("climb.zip", bytes.toByteArray()), null))
                .isEqualTo("climb.zip: holds an entry named '../../etc/cron.d/x', which is no file of a map (names are"
                        + " relative, without ..)");
    }

    @Test
    void aOneGigabyteFile() throws IOException {
        Path big = temp.resolve("big.csv");
        try (RandomAccessFile sparse = new RandomAccessFile(big.toFile(), "rw")) {
            sparse.setLength(1L << 30);
        }
        assertThat(refused(new ImportFile("big.csv", big), ImportFormat.ACLED))
                .isEqualTo("big.csv: is 1024 MB, larger than 256 MB, the cap for an import (strikemap.import.max-bytes)");
    }

    @Test
    void invalidUtf8() {
        byte[] bytes = (HEADER + "1,2024-01-02,49.99,36.23,Kharkiv\n2,2024-01-02,50.45,30.52,Ky?v\n")
                .getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 3] = (byte) 0xC3;
        assertThat(refused(ImportTestSupport.file("sheet.csv", bytes), ImportFormat.CSV))
                .isEqualTo("sheet.csv:3:28: is not valid UTF-8 (byte 0xC3); save the file as UTF-8");
    }

    @Test
    void mixedLineEndings() {
        assertThat(refused(ImportTestSupport.file("sheet.csv", HEADER.replace("\n", "\r\n")
                + "1,2024-01-02,49.99,36.23,Kharkiv\r\n2,2024-01-02,50.45,30.52,Kyiv\n"), ImportFormat.CSV))
                .isEqualTo("sheet.csv:3: this line ends with LF but the lines before it with CRLF: mixed line ends;"
                        + " save the file with one kind");
    }

    @Test
    void aQuoteLeftOpen() {
        assertThat(refused(ImportTestSupport.file("sheet.csv", HEADER
                + "1,2024-01-02,49.99,36.23,\"Kharkiv\n2,2024-01-02,50.45,30.52,Kyiv\n"), ImportFormat.CSV))
                .startsWith("sheet.csv:2: a quoted field opens here and is never closed");
    }

    @Test
    void aGeoJsonGeometryOfAMillionVertices() throws IOException {
        Path file = temp.resolve("events.geojson");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"properties\":"
                    + " {\"date\": \"2024-01-02\"}, \"geometry\": {\"type\": \"LineString\", \"coordinates\": [")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] vertex = "[30.1234,50.1234],".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 999_999; i++) {
                out.write(vertex);
            }
            out.write("[30.1,50.1]]}}]}".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(refused(new ImportFile("events.geojson", file), null)).startsWith("1 row has a problem; nothing was written.")
                .contains("events.geojson:1: the geometry is not a Point (its coordinates are a list of positions); only"
                        + " points are imported");
    }

    @Test
    void jsonNestedTenThousandDeep() {
        String deep = "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"properties\": {\"x\": "
                + "[".repeat(10_000) + "]".repeat(10_000) + "}, \"geometry\": null}]}";
        assertThat(refused(ImportTestSupport.file("deep.geojson", deep), null))
                .startsWith("deep.geojson:1:").contains("is beyond the caps of an import (64 levels of nesting");
    }

    @Test
    void datesInTheYear0Or99999() {
        assertThat(refused(ImportTestSupport.file("sheet.csv", HEADER + "1,0000-01-02,49.99,36.23,Kharkiv\n"
                + "2,99999-01-02,50.45,30.52,Kyiv\n3,2024-01-02,50.45,30.52,Kyiv\n"), ImportFormat.CSV))
                .startsWith("2 rows have problems; nothing was written.")
                .contains("sheet.csv:2: date '0000-01-02': the year 0 is outside 1900–2100",
                        "sheet.csv:3: date '99999-01-02': the year 99999 is outside 1900–2100");
    }

    @Test
    void coordinatesOutOfRange() {
        assertThat(refused(ImportTestSupport.file("sheet.csv", HEADER + "1,2024-01-02,90.5,36.23,Kharkiv\n"
                + "2,2024-01-02,50.45,-180.01,Kyiv\n3,2024-01-02,NaN,30.52,Kyiv\n"), ImportFormat.CSV))
                .startsWith("3 rows have problems; nothing was written.")
                .contains("sheet.csv:2: latitude 90.5 is outside -90..90", "sheet.csv:3: longitude -180.01 is outside -180..180",
                        "sheet.csv:4: latitude 'NaN' is not a number");
    }

    /** Every row the imports could touch, as text. */
    private List<String> everything() {
        return db.jdbc().sql("select concat(kind, ' ', record_id, ' ', revision) from revisions union all"
                        + " select concat('strike ', id, ' ', place) from strikes union all select concat('source ', id) from sources"
                        + " union all select concat('claim ', id) from claims union all select concat('mapping ', columns_key)"
                        + " from import_mappings union all select concat('map ', slug) from maps order by 1")
                .query(String.class).list();
    }
}
