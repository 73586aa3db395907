package org.strikemap.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.strikemap.account.AccountTestSupport;
import org.strikemap.account.Editor;
import org.strikemap.account.MapRole;
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
        PublishTestSupport app = new PublishTestSupport(database, AccountTestSupport.over(database).people(), data.resolve("boundaries"));
        app.load(data, data.resolve("boundaries"));
        return new BenchMap(database, app);
    }

    /** A person with {@code role} on the map {@code slug}, signed in as the app's people are (made on first ask). */
    Editor person(String name, String slug, MapRole role) {
        return app.accounts().person(name, slug, role);
    }
}
