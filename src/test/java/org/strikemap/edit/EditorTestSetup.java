package org.strikemap.edit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.strikemap.ingest.DatasetFiles;
import org.strikemap.testing.TestDatabase;

/**
 * Test only: the seed map as the editor's tests open it: a copy of data/'s folder in which each report has its stored
 * text ({@code texts/<id>.txt}, data/DATASET.md), read by the real loader, draft and publish services like any map's.
 * The text is the seed report's own from ../shared/seeds (system property {@code strikemap.seeds}) when it is there,
 * else the quotes that cite the report, one after another, so that every quote of the files is found either way.
 */
final class EditorTestSetup {

    private static final List<String> CITING = List.of("strikes.csv", "claims.csv", "launch-sites.csv", "range-rings.csv");

    private EditorTestSetup() {
    }

    /** Points the app at a fresh copy of the seed map with its reports' texts, and a fresh database. */
    static void useSeedMapWithTexts(DynamicPropertyRegistry registry) {
        TestDatabase.useDataIn(registry, seedMapWithTexts());
    }

    static Path seedMapWithTexts() {
        Path map = TestDatabase.copyOfSeedMap();
        Path seeds = Path.of(System.getProperty("strikemap.seeds", "../shared/seeds"));
        try {
            Files.createDirectories(map.resolve("texts"));
            for (Map<String, String> source : DatasetFiles.rows(map.resolve("sources.csv"))) {
                String file = source.getOrDefault("file", "");
                Path seed = file.isEmpty() ? null : seeds.resolve(file);
                String text = seed != null && Files.isRegularFile(seed) ? Files.readString(seed) : quotesCiting(map, source.get("id"));
                if (!text.isBlank()) {
                    Files.writeString(map.resolve("texts").resolve(source.get("id") + ".txt"), text);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }

    private static String quotesCiting(Path map, String sourceId) {
        return CITING.stream().map(map::resolve).filter(Files::isRegularFile).flatMap(file -> DatasetFiles.rows(file).stream())
                .filter(row -> sourceId.equals(row.get("source"))).map(row -> row.get("quote")).distinct()
                .collect(Collectors.joining("\n\n"));
    }
}
