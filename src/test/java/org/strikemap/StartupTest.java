package org.strikemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strikemap.ingest.DatasetException;
import org.strikemap.ingest.TestDatabase;

/** The application loads its data dir on start, skips it on restart, and refuses to start on a bad dataset. */
class StartupTest {

    @TempDir
    Path temp;

    ConfigurableApplicationContext start(Path data, Path db) {
        // Arguments, not builder properties: those are defaults that application.properties overrides.
        return new SpringApplicationBuilder(StrikeMapApplication.class)
                .run("--strikemap.data-dir=" + data, "--strikemap.db-dir=" + db, "--server.port=0",
                        "--strikemap.boundaries-dir=" + TestDatabase.FIXTURE_BOUNDARIES.toAbsolutePath(),
                        "--vaadin.productionMode=true", "--spring.main.banner-mode=off");
    }

    @Test
    void restartKeepsOneCopyOfTheDataAndABadDatasetStopsTheApplication() {
        Path data = TestDatabase.copyFixture(temp);
        Path db = temp.resolve("db");
        int strikes;
        try (ConfigurableApplicationContext context = start(data, db)) {
            strikes = count(context, "strikes");
            assertTrue(strikes > 0);
        }
        try (ConfigurableApplicationContext context = start(data, db)) {
            assertEquals(strikes, count(context, "strikes"));
        }
        TestDatabase.edit(data, "strikes.csv", "2024-01-02,2024-01-02,day", "2024-13-01,2024-01-02,day");
        Throwable failure = assertThrows(Throwable.class, () -> start(data, db).close());
        while (!(failure instanceof DatasetException) && failure.getCause() != null) {
            failure = failure.getCause();
        }
        assertEquals("data/strikes.csv:2: date_from 2024-13-01 is not a date (yyyy-mm-dd)", failure.getMessage());
    }

    private static int count(ConfigurableApplicationContext context, String table) {
        return context.getBean(JdbcClient.class).sql("select count(*) from " + table).query(Integer.class).single();
    }
}
