package org.strikemap.ingest;

import java.nio.file.Path;
import ch.qos.logback.classic.Level;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikemap.account.AccountTestSupport;
import org.strikemap.publish.PublishTestSupport;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The app's start-up load on its own, as a child process for {@link LoadDurabilityTest}: the same H2 file URL and
 * connection pool as the app, Flyway, then {@link DatasetLoader}, which logs "Loaded …"; then it waits to be killed, the
 * way a running server would. Args: the database folder and the dataset folder.
 */
final class KilledLoad {

    static final String READY = "KILLED-LOAD READY";

    private KilledLoad() {
    }

    static String url(Path dbDir) {
        return "jdbc:h2:file:" + dbDir.toAbsolutePath() + "/strikemap;AUTO_SERVER=FALSE;WRITE_DELAY=0";
    }

    public static void main(String[] args) throws InterruptedException {
        // Logback's default is DEBUG, a line per SQL statement: INFO is what the app logs.
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.INFO);
        // A pool, as in the app: its open connections keep the database open, so nothing is flushed by a close.
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url(Path.of(args[0])));
        dataSource.setUsername("sa");
        dataSource.setPassword("");
        Flyway.configure().dataSource(dataSource).load().migrate();
        PublishTestSupport start = new PublishTestSupport(dataSource, AccountTestSupport.over(dataSource).people(),
                TestDatabase.FIXTURE_BOUNDARIES);
        System.out.println(READY);
        System.out.flush();
        start.load(Path.of(args[1]), TestDatabase.FIXTURE_BOUNDARIES);
        Thread.sleep(60_000);
    }
}
