package org.strikemap.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads {@code strikemap.data-dir} once the database is migrated; an invalid dataset stops the application.
 * Runs before the application reports itself ready, so a readiness probe never sees an unloaded instance.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupLoad implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupLoad.class);

    private final DatasetLoader loader;
    private final IngestProperties properties;

    StartupLoad(JdbcClient jdbc, TransactionTemplate transaction, IngestProperties properties) {
        this.loader = new DatasetLoader(jdbc, transaction);
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            loader.load(properties.dataDir());
        } catch (DatasetException e) {
            log.error("Dataset rejected, not starting: {}", e.getMessage());
            throw e;
        }
    }
}
