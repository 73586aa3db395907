package org.strikemap.ingest;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.strikemap.dataset.Datasets;

/**
 * Loads {@code strikemap.data-dir} once the database is migrated, then publishes it as the current dataset; an
 * invalid dataset stops the application.
 * Runs when all beans exist but before the web server accepts connections, so no request ever sees an empty
 * database.
 */
@Component
class StartupLoad implements SmartInitializingSingleton {

    private final DatasetLoader loader;
    private final IngestProperties properties;
    private final Datasets datasets;

    StartupLoad(JdbcClient jdbc, TransactionTemplate transaction, IngestProperties properties, Datasets datasets) {
        this.loader = new DatasetLoader(jdbc, transaction);
        this.properties = properties;
        this.datasets = datasets;
    }

    @Override
    public void afterSingletonsInstantiated() {
        // A rejected dataset stops the start; ops.StartRefusal prints its file:line reason as the one line.
        loader.load(properties.dataDir());
        // Whether loaded now or unchanged since an earlier start, what is committed becomes the one current dataset.
        datasets.reload();
    }
}
