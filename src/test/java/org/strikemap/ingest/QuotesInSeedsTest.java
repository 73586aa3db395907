package org.strikemap.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Data integrity: every quote in data/*.csv occurs word for word (runs of whitespace collapsed) in the seed
 * report its row cites. The seeds folder comes from the system property {@code strikemap.seeds}.
 */
class QuotesInSeedsTest {

    static final Path DATA = Path.of("data");

    @Test
    void everyQuoteOccursInItsCitedReport() throws IOException {
        String seedsProperty = System.getProperty("strikemap.seeds", "");
        Path seeds = Path.of(seedsProperty.isEmpty() ? "../shared/seeds" : seedsProperty);
        assumeTrue(Files.isDirectory(seeds), "seed reports not found at " + seeds.toAbsolutePath() + "; skipping");
        assumeTrue(Files.isRegularFile(DATA.resolve(DatasetReader.SOURCES)), "no data/ folder; skipping");

        Map<String, String> seedText = new HashMap<>();
        for (Map<String, String> source : DatasetFiles.rows(DATA.resolve(DatasetReader.SOURCES))) {
            seedText.put(source.get("id"), collapse(Files.readString(seeds.resolve(source.get("file")))));
        }
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String file : List.of(DatasetReader.STRIKES, DatasetReader.CLAIMS, DatasetReader.LAUNCH_SITES, DatasetReader.RANGE_RINGS)) {
            List<Map<String, String>> rows = DatasetFiles.rows(DATA.resolve(file));
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> row = rows.get(i);
                String seed = seedText.get(row.get("source"));
                String quote = collapse(row.get("quote"));
                if (seed == null || quote.isEmpty() || !seed.contains(quote)) {
                    problems.add(file + " row " + (i + 1) + " (" + row.getOrDefault("id", row.get("launch_site"))
                            + "): quote not found in source " + row.get("source") + ": " + quote);
                }
                checked++;
            }
        }
        assertTrue(checked > 0, "no quotes checked");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
