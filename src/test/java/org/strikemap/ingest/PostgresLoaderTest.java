package org.strikemap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import org.strikemap.dataset.DatasetTestSupport;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.dataset.MapStore;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader on a real PostgreSQL server (the suite's, see testing.Postgres): the Flyway migrations run there, a
 * load writes what it writes into H2, an unchanged dataset is skipped, and a loader that finds another one writing
 * waits on the load-state row's lock, then skips the data the other one wrote.
 */
class PostgresLoaderTest {

    @TempDir
    Path temp;

    @Test
    void theFixtureLoadsIntoPostgresRowForRowAsIntoH2() throws Exception {
        Path data = TestDatabase.copyFixture(temp);
        TestDatabase postgres = TestDatabase.postgres();
        TestDatabase h2 = TestDatabase.create();
        assertTrue(postgres.load(data));
        assertTrue(h2.load(data));
        List<String> rows = rows(postgres);
        assertEquals(rows(h2), rows);
        assertTrue(rows.size() > 40, "rows: " + rows.size());
    }

    @Test
    void anUnchangedDatasetIsSkippedAndAChangedOneReplacesTheOld() {
        Path data = TestDatabase.copyFixture(temp);
        TestDatabase db = TestDatabase.postgres();
        assertTrue(db.load(data));
        int strikes = db.count("strikes");
        assertFalse(db.load(data));
        TestDatabase.edit(data, "strikes.csv", "2024-01-02,2024-01-02,day", "2024-01-03,2024-01-03,day");
        assertTrue(db.load(data));
        assertEquals(strikes, db.count("strikes"));
        assertEquals(1, db.jdbc().sql("select count(*) from strikes where date_from = date '2024-01-03'")
                .query(Integer.class).single());
    }

    @Test
    void aSecondLoaderWaitsForTheOneWritingThenFindsTheDatasetLoaded() throws Exception {
        Path data = TestDatabase.copyFixture(temp);
        TestDatabase db = TestDatabase.postgres();
        LoadedDataset dataset = MapReader.folders(data, data.resolve("boundaries")).getFirst();
        MapStore store = DatasetTestSupport.store(db.dataSource());
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch write = new CountDownLatch(1);
        // The first instance: holds the load-state row's lock until told to write, as a slow load would.
        // Threads of their own: the common pool may have a single thread on a small machine, and the first blocks.
        try (ExecutorService instances = Executors.newFixedThreadPool(2)) {
            Future<?> first = instances.submit(() -> db.transaction().executeWithoutResult(status -> {
                store.lockLoads();
                assertTrue(store.storedHash("data").isEmpty());
                locked.countDown();
                await(write);
                store.replace(dataset, 0);
            }));
            assertTrue(locked.await(30, TimeUnit.SECONDS));
            Future<Boolean> second = instances.submit(() -> db.load(data));
            awaitABackendWaitingOnALock(db);
            assertFalse(second.isDone());
            write.countDown();
            first.get(30, TimeUnit.SECONDS);
            assertFalse(second.get(30, TimeUnit.SECONDS), "the second loader must find the dataset loaded, not load it again");
        }
        assertEquals(dataset.strikes().all().size(), db.count("strikes"));
        assertEquals(dataset.hash(), db.jdbc().sql("select content_hash from maps").query(String.class).single());
    }

    /** PostgreSQL says when a backend is blocked on a lock, so the test never guesses with a sleep. */
    private static void awaitABackendWaitingOnALock(TestDatabase db) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (db.jdbc().sql("""
                select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'""")
                .query(Integer.class).single() == 0) {
            assertTrue(System.nanoTime() < deadline, "the second loader never waited for the first one's lock");
            Thread.sleep(20);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every row of every table, numbers compared by value (the two databases print doubles differently). */
    private static List<String> rows(TestDatabase db) {
        List<String> rows = new ArrayList<>();
        for (String table : TestDatabase.TABLES) {
            db.jdbc().sql("select * from " + table + " order by 1, 2, 3").query(rs -> {
                rows.add(table + row(rs));
            });
        }
        return rows;
    }

    private static String row(ResultSet rs) throws SQLException {
        StringBuilder row = new StringBuilder();
        ResultSetMetaData meta = rs.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            if (List.of("loaded_at", "made_at", "published_at").contains(meta.getColumnName(i).toLowerCase())) {
                continue;
            }
            Object value = rs.getObject(i);
            if (value instanceof java.sql.Clob clob) {
                value = clob.getSubString(1, (int) clob.length()); // H2's CLOB is PostgreSQL's text
            }
            if (value instanceof byte[] bytes) {
                value = java.util.HexFormat.of().formatHex(bytes);
            }
            if (value instanceof Number number) {
                value = new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
            }
            row.append(" | ").append(meta.getColumnName(i).toLowerCase()).append('=').append(value);
        }
        return row.toString();
    }
}
