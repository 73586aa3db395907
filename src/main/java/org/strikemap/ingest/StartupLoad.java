package org.strikemap.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.strikemap.dataset.Datasets;
import org.strikemap.dataset.MapStore;

/**
 * Loads the maps of {@code strikemap.data-dir} once the database is migrated, then makes the stored maps current;
 * a bad folder stops the application. Runs when all beans exist but before the web server accepts connections, so
 * no request ever sees an empty database.
 */
@Component
class StartupLoad implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StartupLoad.class);

    private final DatasetLoader loader;
    private final IngestProperties properties;
    private final Datasets datasets;

    StartupLoad(MapStore store, TransactionTemplate transaction, IngestProperties properties, Datasets datasets) {
        this.loader = new DatasetLoader(store, transaction);
        this.properties = properties;
        this.datasets = datasets;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            loader.load(properties.dataDir(), properties.boundariesDir());
        } catch (DatasetException e) {
            log.error("Map data rejected, not starting: {}", e.getMessage());
            throw e;
        }
        // Whether loaded now or unchanged since an earlier start, what is committed becomes current.
        datasets.reload();
    }
}
