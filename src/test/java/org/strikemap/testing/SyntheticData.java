package org.strikemap.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.strikemap.bench.SyntheticDataset;

/** A test app on a generated dataset: {@code data/} plus made-up strikes (bench.SyntheticDataset), in fresh folders. */
public final class SyntheticData {

    private SyntheticData() {
    }

    /** Writes {@code count} synthetic strikes from {@code seed} and points the app's data and database at them. */
    public static void register(DynamicPropertyRegistry registry, int count, long seed) throws IOException {
        Path data = Files.createTempDirectory("strikemap-synthetic-data");
        SyntheticDataset.main(new String[] {"data", data.toString(), String.valueOf(count), String.valueOf(seed)});
        Path db = Files.createTempDirectory("strikemap-synthetic-db");
        registry.add("strikemap.data-dir", data::toString);
        registry.add("strikemap.db-dir", db::toString);
    }
}
