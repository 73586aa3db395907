package org.strikemap.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A test app on a generated dataset: the seed map plus made-up strikes (SyntheticDataset), in fresh folders. */
public final class SyntheticData {

    /**
     * What the strikes layer's own data says for a map time ("day", or "from/to" in window mode), by plain comparison of
     * its day properties, not by the map's code: {@code {record, possible, total}}. Evaluated in a page with the map.
     */
    public static final String EXPECTED_STATES = """
            async (time) => {
              const [windowFrom, windowTo] = time.includes('/') ? time.split('/') : ['', time];
              const config = document.querySelector('leaflet-map').layers.find((layer) => layer.id === 'strikes');
              const data = await (await fetch(config.url)).json();
              const result = { record: 0, possible: 0, total: data.features.length };
              for (const feature of data.features) {
                const from = feature.properties[config.timeProperty] || '';
                const end = feature.properties[config.recordProperty];
                if (from > windowTo || (end && end < windowFrom)) { continue; }
                if (from >= windowFrom && end && end <= windowTo) { result.record++; } else { result.possible++; }
              }
              return result;
            }""";

    private SyntheticData() {
    }

    /** Writes {@code count} synthetic strikes from {@code seed} and points the app's data and database at them. */
    public static void register(DynamicPropertyRegistry registry, int count, long seed) throws IOException {
        Path data = Files.createTempDirectory("strikemap-synthetic-data");
        SyntheticDataset.main(new String[] {TestDatabase.seedMap().toString(), data.toString(), String.valueOf(count),
                String.valueOf(seed)});
        TestDatabase.useDataIn(registry, data);
    }
}
