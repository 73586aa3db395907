package org.strikemap.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.dataset.MapStore;

/**
 * Loads the maps of a data folder into the database. Every folder is read and checked first, so one bad folder
 * ({@link DatasetException}) stops the load before anything is written and every map stays as it was. Then each
 * map is written in its own transaction, replacing what was stored under its slug, unless unchanged (same SHA-256).
 */
final class DatasetLoader {

    private static final Logger log = LoggerFactory.getLogger(DatasetLoader.class);

    /** What a load did to one map. */
    enum Outcome { LOADED, UNCHANGED }

    /** One map's outcome. */
    record Loaded(String slug, Outcome outcome) {
    }

    private final MapStore store;
    private final TransactionTemplate transaction;

    DatasetLoader(MapStore store, TransactionTemplate transaction) {
        this.store = store;
        this.transaction = transaction;
    }

    List<Loaded> load(Path dataDir, Path boundariesDir) {
        long started = System.nanoTime();
        BoundaryLibrary library = new BoundaryLibrary(boundariesDir);
        List<MapFolders.MapFolder> folders = MapFolders.in(dataDir);
        List<LoadedDataset> maps = new ArrayList<>();
        for (MapFolders.MapFolder folder : folders) {
            maps.add(DatasetReader.read(folder.path(), folder.slug(), folder.prefix(), library));
        }
        List<Loaded> outcomes = new ArrayList<>();
        for (int position = 0; position < maps.size(); position++) {
            outcomes.add(write(maps.get(position), position, folders.get(position)));
        }
        log.info("{} map(s) from {} in {} ms", maps.size(), dataDir.toAbsolutePath().normalize(),
                (System.nanoTime() - started) / 1_000_000);
        return outcomes;
    }

    private Loaded write(LoadedDataset map, int position, MapFolders.MapFolder folder) {
        long started = System.nanoTime();
        Outcome outcome = transaction.execute(status -> {
            store.lockLoads();
            if (store.storedHash(map.slug()).filter(stored -> Objects.equals(stored, map.hash())).isPresent()) {
                return Outcome.UNCHANGED;
            }
            store.replace(map, position);
            return Outcome.LOADED;
        });
        if (outcome == Outcome.LOADED) {
            // "Loaded" promises the new map survives a crash; H2 writes a commit to disk only later by itself.
            store.makeDurable();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (outcome == Outcome.LOADED) {
            log.info("Loaded {} sources, {} strikes, {} claims from {} in {} ms (map {})", map.sources().all().size(),
                    map.strikes().all().size(), map.sources().claims().size(), folder.prefix(), millis, map.slug());
        } else {
            log.info("Dataset in {} unchanged (sha256 {}), skipped (map {})", folder.prefix(), map.hash().substring(0, 12),
                    map.slug());
        }
        return new Loaded(map.slug(), outcome);
    }
}
