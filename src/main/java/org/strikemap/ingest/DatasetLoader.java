package org.strikemap.ingest;

import java.nio.file.Path;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a dataset directory into the database in one transaction, replacing what was there, or leaves the
 * database untouched when the files are unchanged (same SHA-256) or invalid ({@link DatasetException}).
 */
final class DatasetLoader {

    private static final Logger log = LoggerFactory.getLogger(DatasetLoader.class);

    /** What a load did. */
    enum Outcome { LOADED, UNCHANGED }

    private final DatasetWriter writer;
    private final TransactionTemplate transaction;

    DatasetLoader(JdbcClient jdbc, TransactionTemplate transaction) {
        this.writer = new DatasetWriter(jdbc);
        this.transaction = transaction;
    }

    Outcome load(Path dataDir) {
        long started = System.nanoTime();
        Dataset dataset = DatasetReader.read(dataDir);
        Outcome outcome = transaction.execute(status -> {
            if (Objects.equals(writer.lockLoadedHash(), dataset.hash())) {
                return Outcome.UNCHANGED;
            }
            writer.replaceWith(dataset);
            return Outcome.LOADED;
        });
        if (outcome == Outcome.LOADED) {
            // "Loaded" promises the new dataset survives a crash; H2 writes a commit to disk only later by itself.
            writer.makeDurable();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        Path shown = dataDir.toAbsolutePath().normalize();
        if (outcome == Outcome.LOADED) {
            log.info("Loaded {} sources, {} strikes, {} claims from {} in {} ms", dataset.sources().size(),
                    dataset.strikes().size(), dataset.claims().size(), shown, millis);
        } else {
            log.info("Dataset in {} unchanged (sha256 {}), skipped in {} ms", shown, dataset.hash().substring(0, 12), millis);
        }
        return outcome;
    }
}
