package org.strikemap.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Which maps a Spring test's app reads, each with a throwaway database folder: the seed map (the repository's
 * {@code data/north-korean-missiles}, its outlines from {@code data/boundaries}), a folder of several maps, or a
 * fixture map with the fixture boundary library. The one place the tests name where the seed map lives.
 */
public final class TestDatabase {

    /** The seed map's slug: its folder's name, its address /maps/{slug}. */
    public static final String SEED_SLUG = "north-korean-missiles";

    private TestDatabase() {
    }

    /** The seed map's folder, as an absolute path. */
    public static Path seedMap() {
        return Path.of("data", SEED_SLUG).toAbsolutePath();
    }

    /** The boundary library the maps in data/ draw from, as an absolute path. */
    public static Path boundaries() {
        return Path.of("data", "boundaries").toAbsolutePath();
    }

    /** A copy of the seed map in a fresh folder (named as the seed map's, so its slug stays), to change before an app reads it. */
    public static Path copyOfSeedMap() {
        try {
            return org.strikemap.ingest.TestDatabase.copy(seedMap(),
                    Files.createTempDirectory("strikemap-test-data").resolve(SEED_SLUG));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points the app at the seed map and a fresh database folder. */
    public static void useRealDataIn(DynamicPropertyRegistry registry) {
        useDataIn(registry, seedMap());
    }

    /**
     * Points the app at the maps in {@code folder} (one map's folder, or a folder of maps' folders) drawing from the
     * boundary library of data/, and a fresh database folder.
     */
    public static void useDataIn(DynamicPropertyRegistry registry, Path folder) {
        use(registry, folder, boundaries());
    }

    /** As {@link #useDataIn}, for a fixture map that draws from the fixture boundary library (src/test/resources). */
    public static void useFixtureIn(DynamicPropertyRegistry registry, Path folder) {
        use(registry, folder, org.strikemap.ingest.TestDatabase.FIXTURE_BOUNDARIES.toAbsolutePath());
    }

    private static void use(DynamicPropertyRegistry registry, Path folder, Path boundaries) {
        try {
            Path db = Files.createTempDirectory("strikemap-test-db");
            Path data = folder.toAbsolutePath();
            registry.add("strikemap.db-dir", db::toString);
            registry.add("strikemap.data-dir", data::toString);
            registry.add("strikemap.boundaries-dir", boundaries::toString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
