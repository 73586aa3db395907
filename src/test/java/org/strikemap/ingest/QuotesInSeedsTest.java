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
import org.strikemap.source.Quotes;

/**
 * Data integrity: every quote in every map folder of data/ is found, by the quote rule the editor's form uses
 * ({@link Quotes#find}), in the seed report its row cites, or where its seed file is not at hand, in the report's
 * stored text ({@code texts/<id>.txt}). The seeds folder comes from the system property
 * {@code strikemap.seeds}; a map whose reports are not among the seeds is not checked here.
 */
class QuotesInSeedsTest {

    static final Path DATA = Path.of("data");

    @Test
    void everyQuoteOccursInItsCitedReport() throws IOException {
        String seedsProperty = System.getProperty("strikemap.seeds", "");
        Path seeds = Path.of(seedsProperty.isEmpty() ? "../shared/seeds" : seedsProperty);
        assumeTrue(Files.isDirectory(seeds), "seed reports not found at " + seeds.toAbsolutePath() + "; skipping");

        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (MapFolders.MapFolder folder : MapFolders.in(DATA)) {
            Map<String, String> seedText = new HashMap<>();
            for (Map<String, String> source : DatasetFiles.rows(folder.path().resolve(DatasetReader.SOURCES))) {
                // The seed file's text when it is at hand, else the report's stored text in the folder.
                Path seed = source.get("file").isEmpty() ? null : seeds.resolve(source.get("file"));
                Path stored = folder.path().resolve(DatasetReader.textOf(source.get("id")));
                if (seed != null && Files.isRegularFile(seed)) {
                    seedText.put(source.get("id"), Files.readString(seed));
                } else if (Files.isRegularFile(stored)) {
                    seedText.put(source.get("id"), Files.readString(stored));
                }
            }
            if (seedText.isEmpty()) {
                continue;
            }
            for (String file : List.of(DatasetReader.STRIKES, DatasetReader.CLAIMS, DatasetReader.LAUNCH_SITES,
                    DatasetReader.RANGE_RINGS)) {
                Path path = folder.path().resolve(file);
                if (!Files.isRegularFile(path)) {
                    continue;
                }
                List<Map<String, String>> rows = DatasetFiles.rows(path);
                for (int i = 0; i < rows.size(); i++) {
                    Map<String, String> row = rows.get(i);
                    Quotes.Search search = Quotes.find(row.get("quote"), seedText.get(row.get("source")));
                    if (!search.found()) {
                        problems.add(folder.prefix() + file + " row " + (i + 1) + " ("
                                + row.getOrDefault("id", row.get("launch_site")) + "): quote not found in source "
                                + row.get("source") + ": " + search.searched());
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked > 0, "no quotes checked");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
