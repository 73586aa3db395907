package org.strikemap.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Which data a Spring test's app reads, each with a throwaway database folder: the seed map (the repository's
 * {@code data/}), or another folder. The one place the tests name where the seed map lives.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** The seed map's folder, as an absolute path. */
    public static Path seedMap() {
        return Path.of("data").toAbsolutePath();
    }

    /** A copy of the seed map in a fresh folder, to change before an app reads it. */
    public static Path copyOfSeedMap() {
        try {
            return org.strikemap.ingest.TestDatabase.copy(seedMap(), Files.createTempDirectory("strikemap-test-data"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points the app at the seed map and a fresh database folder. */
    public static void useRealDataIn(DynamicPropertyRegistry registry) {
        useDataIn(registry, seedMap());
    }

    /** Points the app at the data in {@code folder} (a fixture, or a changed copy of the seed map) and a fresh database folder. */
    public static void useDataIn(DynamicPropertyRegistry registry, Path folder) {
        try {
            Path db = Files.createTempDirectory("strikemap-test-db");
            Path data = folder.toAbsolutePath();
            registry.add("strikemap.db-dir", db::toString);
            registry.add("strikemap.data-dir", data::toString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
