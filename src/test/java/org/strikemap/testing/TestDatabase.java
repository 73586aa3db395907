package org.strikemap.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a Spring test at the repository's real data/ and a throwaway database folder. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static void useRealDataIn(DynamicPropertyRegistry registry) {
        try {
            Path db = Files.createTempDirectory("strikemap-test-db");
            registry.add("strikemap.db-dir", db::toString);
            registry.add("strikemap.data-dir", () -> Path.of("data").toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
