package org.strikemap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The caps in {@link Limits} agree with the Flyway schema and with what data/DATASET.md promises. */
class LimitsTest {

    @Test
    void everyBoundedTextColumnOfTheSchemaHasItsLengthInLimits() {
        // The account module's tables hold people, not a map's data: their lengths are the account rules' to check.
        TestDatabase db = TestDatabase.create();
        Map<String, Integer> schema = new TreeMap<>();
        db.jdbc().sql("""
                select table_name, column_name, character_maximum_length from information_schema.columns
                where table_schema = 'PUBLIC' and data_type = 'CHARACTER VARYING' and character_maximum_length < 1000000000
                  and table_name <> 'flyway_schema_history'
                  and lower(table_name) not in ('api_tokens', 'audit_log', 'map_roles', 'one_time_tokens', 'people',
                    'sign_in_failures', 'user_credentials', 'user_entities')""")
                .query(rs -> {
                    schema.put((rs.getString(1) + "." + rs.getString(2)).toLowerCase(Locale.ROOT), rs.getInt(3));
                });
        Map<String, Integer> limits = new TreeMap<>(Limits.COLUMNS);
        Limits.NOT_FROM_FILES.keySet().forEach(column -> limits.put(column, schema.get(column)));
        assertEquals(schema, limits);
    }

    @Test
    void everyCsvColumnThatFillsATextColumnIsMappedToIt() {
        // Each text column of a table the CSV files fill is reached by exactly one file column.
        Set<String> reached = new HashSet<>();
        for (Map.Entry<String, String> file : Limits.TABLES.entrySet()) {
            List<String> columns = new java.util.ArrayList<>(List.of(TestDatabase.header(file.getKey()).split(",")));
            for (String column : columns) {
                String target = Limits.columnOf(file.getKey(), column);
                if (target != null && !column.matches(".+_[a-z]{2}")) {
                    assertTrue(reached.add(target), target + " is filled twice");
                }
            }
        }
        Set<String> expected = new HashSet<>();
        Limits.COLUMNS.keySet().stream().filter(column -> Limits.TABLES.containsValue(column.substring(0, column.indexOf('.'))))
                .forEach(expected::add);
        assertEquals(new java.util.TreeSet<>(expected), new java.util.TreeSet<>(reached));
    }

    @Test
    void aTranslationFillsTheColumnOfTheWordsItTranslatesWithTheSameCapPerLanguage() {
        assertEquals("strikes.place", Limits.columnOf(DatasetReader.STRIKES, "place_pl"));
        assertEquals(Limits.cell(DatasetReader.STRIKES, "place"), Limits.cell(DatasetReader.STRIKES, "place_pt-br"));
        assertEquals(500, Limits.cell(DatasetReader.STRIKES, "place_uk"));
        assertEquals(null, Limits.columnOf(DatasetReader.STRIKES, "quote_uk"), "quotes stay in the reports' language");
    }

    @Test
    void datasetMdStatesTheCaps() throws IOException {
        String text = Files.readString(Path.of("data/DATASET.md"));
        String caps = String.format(Locale.ROOT, "at most %d MB, and a CSV file at most %,d rows",
                Limits.MAX_FILE_BYTES / (1024 * 1024), Limits.MAX_ROWS);
        assertTrue(text.contains(caps), "data/DATASET.md should say: " + caps);
        String storedText = String.format(Locale.ROOT, "at most %,d characters", Limits.MAX_SOURCE_TEXT);
        assertTrue(text.contains(storedText), "data/DATASET.md should say of a report's stored text: " + storedText);
    }
}
