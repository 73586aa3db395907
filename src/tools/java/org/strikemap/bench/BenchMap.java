package org.strikemap.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.strikemap.account.People;
import org.strikemap.publish.PublishTestSupport;

/**
 * A map loaded into an H2 file database as the app keeps it, with the draft and publish services wired as the app
 * wires them (PublishTestSupport), for the benchmarks that edit and publish without HTTP. Limits: one process; the
 * caller closes {@link #database()}.
 */
record BenchMap(HikariDataSource database, PublishTestSupport app) {

    /** Migrates an H2 file database in {@code dbDir} and loads {@code data}'s map folders (boundaries/ beside them). */
    static BenchMap load(Path data, Path dbDir, int connections) {
        HikariDataSource database = new HikariDataSource();
        database.setJdbcUrl("jdbc:h2:file:" + dbDir.toAbsolutePath() + "/strikemap;AUTO_SERVER=FALSE;WRITE_DELAY=0");
        database.setUsername("sa");
        database.setPassword("");
        database.setMaximumPoolSize(connections);
        Flyway.configure().dataSource(database).load().migrate();
        PublishTestSupport app = new PublishTestSupport(database, new People(), data.resolve("boundaries"));
        app.load(data, data.resolve("boundaries"));
        return new BenchMap(database, app);
    }
}
