package org.strikemap.download;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.ingest.DatasetFiles;
import org.strikemap.ingest.MapReader;
import org.strikemap.ingest.TestDatabase;

/**
 * The flat CSV of a map's strikes: one row per strike in file order, every cell quoted, the letters readable by a
 * spreadsheet (a byte order mark), and no cell of hostile text that a spreadsheet would run as a formula.
 */
class StrikeSheetTest {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    @TempDir
    Path temp;
    Path data;

    @BeforeEach
    void fixture() {
        data = TestDatabase.copyFixture(temp);
        TestDatabase.edit(data, "strikes.csv", "kharkiv-day,Central Kharkiv,",
                "kharkiv-day,\"=HYPERLINK(\"\"http://evil.invalid\"\",\"\"x\"\")\",");
        TestDatabase.edit(data, "strikes.csv", "A note.", "@SUM(A1:A9)");
        TestDatabase.edit(data, "sources.csv", "Fixture Wire", "+Fixture Wire");
    }

    @Test
    void oneQuotedRowPerStrikeAndNoFormulaAnywhere() {
        LoadedDataset map = MapReader.folders(data, data.resolve("boundaries")).getFirst();
        String text = csv(map);

        assertThat(text).startsWith("\uFEFF");
        List<List<String>> rows = QuotedCsv.parse(text.substring(1));
        List<Map<String, String>> strikes = DatasetFiles.rows(data.resolve("strikes.csv"));
        assertThat(rows).hasSize(strikes.size() + 1);
        List<String> header = rows.getFirst();
        assertThat(header).startsWith("id", "place").contains("region", "lat", "lon", "date_from", "date_to", "status",
                "quote", "claims", "sources", "credit");
        for (int i = 0; i < strikes.size(); i++) {
            List<String> row = rows.get(i + 1);
            assertThat(row).hasSameSizeAs(header);
            assertThat(row.get(header.indexOf("id"))).isEqualTo(strikes.get(i).get("id"));
            assertThat(row.get(header.indexOf("lat"))).isEqualTo(Double.toString(Double.parseDouble(strikes.get(i).get("lat"))));
            assertThat(row.get(header.indexOf("credit"))).isEqualTo("Boundaries: fixture copies of Natural Earth");
            for (String cell : row) {
                if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                    assertThat(cell).as("a cell that starts like a formula is a number").matches(NUMBER);
                }
            }
        }
        Map<String, String> kharkiv = named(header, rows.get(1));
        assertThat(kharkiv.get("place")).isEqualTo("'=HYPERLINK(\"http://evil.invalid\",\"x\")");
        assertThat(named(header, rows.get(2)).get("note")).isEqualTo("'@SUM(A1:A9)");
        assertThat(named(header, rows.get(2)).get("source_outlet")).isEqualTo("'+Fixture Wire");
    }

    @Test
    void claimsAndReportsOfAStrikeAreInItsRow() {
        LoadedDataset map = MapReader.folders(data, data.resolve("boundaries")).getFirst();
        List<List<String>> rows = QuotedCsv.parse(csv(map).substring(1));
        List<String> header = rows.getFirst();
        Map<String, String> kharkiv = named(header, rows.get(1));
        List<Map<String, String>> claims = DatasetFiles.rows(data.resolve("claims.csv")).stream()
                .filter(claim -> claim.get("subject").equals("kharkiv-day")).toList();
        assertThat(claims).isNotEmpty();
        claims.forEach(claim -> assertThat(kharkiv.get("claims")).contains(claim.get("text") + " (" + claim.get("by")));
        assertThat(kharkiv.get("sources")).contains("002");
    }

    private String csv(LoadedDataset map) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MapDownloads(new DataCredits(data.resolve("boundaries"))).write(map, DataFile.CSV, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, String> named(List<String> header, List<String> row) {
        Map<String, String> cells = new java.util.LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            cells.put(header.get(i), row.get(i));
        }
        return cells;
    }
}
