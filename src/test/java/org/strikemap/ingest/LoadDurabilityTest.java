package org.strikemap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strikemap.account.AccountTestSupport;
import org.strikemap.publish.PublishTestSupport;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 9's durability rule, tried the hard way: a child JVM ({@link KilledLoad}) replaces dataset A with dataset B in an
 * H2 file database and is killed with SIGKILL, either the moment its "Loaded" line arrives or at a random moment of
 * the load. Every time, the database must hold all of A or all of B, and B whenever "Loaded" was printed.
 * {@code -Dstrikemap.kills=N} changes the number of kills (default 24).
 */
class LoadDurabilityTest {

    private static final int KILLS = Integer.getInteger("strikemap.kills", 24);

    @TempDir
    Path temp;

    @Test
    void aKilledLoadLeavesAllOfTheOldDatasetOrAllOfTheNewOneAndTheNewOneOnceLoadedWasLogged() throws Exception {
        Path a = TestDatabase.copyFixture(temp.resolve("a"));
        Path b = bigger(TestDatabase.copyFixture(temp.resolve("b")));
        Path template = temp.resolve("template");
        List<String> stateA = loadInto(template, a);
        // B as a start finds it: loaded over A, its revisions and versions after A's.
        List<String> stateB = loadInto(TestDatabase.copy(template, temp.resolve("expected-b")), b);
        assertNotEquals(stateA, stateB);

        long started = System.nanoTime();
        Random random = new Random();
        long loadMillis = 0;
        int afterLoaded = 0;
        int sawA = 0;
        int sawB = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Path db = TestDatabase.copy(template, temp.resolve("kill-" + kill));
            // Every third kill waits for "Loaded"; the others land anywhere from start to just past the measured load.
            boolean onLoaded = kill % 3 == 0 || loadMillis == 0;
            long delay = onLoaded ? -1 : (long) (random.nextDouble() * loadMillis * 1.3);
            Run run = runAndKill(db, b, delay);
            List<String> state = dump(db);
            String held = state.equals(stateA) ? "all of A" : state.equals(stateB) ? "all of B" : "a mix of A and B";
            String when = run.loadedPrinted ? "after \"Loaded\"" : delay + " ms after start-up";
            if (run.loadedPrinted) {
                afterLoaded++;
                assertEquals("all of B", held, "kill " + kill + " " + when);
                loadMillis = Math.max(loadMillis, run.loadMillis);
            } else {
                assertNotEquals("a mix of A and B", held, "kill " + kill + " " + when);
                sawA += state.equals(stateA) ? 1 : 0;
            }
            sawB += state.equals(stateB) ? 1 : 0;
        }
        System.out.printf("[LoadDurabilityTest] %d kills in %d s: %d after \"Loaded\" (all held B), %d held A, %d held B;"
                + " load %d ms%n", KILLS, (System.nanoTime() - started) / 1_000_000_000, afterLoaded, sawA, sawB, loadMillis);
        assertTrue(afterLoaded >= KILLS / 3, afterLoaded + " kills after \"Loaded\"");
        assertTrue(sawA > 0, "no kill landed before the load committed (" + sawB + " of " + KILLS + " held B)");
    }

    /** Dataset B: the fixture with a few thousand more strikes, so a load lasts long enough to be hit halfway. */
    private static Path bigger(Path data) throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            rows.append("kyiv-extra-").append(i)
                    .append(",Kyiv,UA-30,50.4501,30.5234,town,2024-01-01,2024-01-31,month,reported,000,A quote.,\n");
        }
        Files.writeString(data.resolve("strikes.csv"), rows, java.nio.file.StandardOpenOption.APPEND);
        return data;
    }

    private static List<String> loadInto(Path dbDir, Path data) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(KilledLoad.url(dbDir), "sa", "");
        Flyway.configure().dataSource(dataSource).load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        new PublishTestSupport(dataSource, AccountTestSupport.over(dataSource).people(), TestDatabase.FIXTURE_BOUNDARIES)
                .load(data, TestDatabase.FIXTURE_BOUNDARIES);
        List<String> state = TestDatabase.dump(jdbc, false);
        jdbc.sql("shutdown").update();
        return state;
    }

    private static List<String> dump(Path dbDir) {
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(KilledLoad.url(dbDir) + ";IFEXISTS=TRUE", "sa", ""));
        List<String> state = TestDatabase.dump(jdbc, false);
        jdbc.sql("shutdown").update();
        return state;
    }

    private record Run(boolean loadedPrinted, long loadMillis) {
    }

    /** Runs the child; kills it on "Loaded" when {@code delayMillis} is negative, else that long after it is ready. */
    private static Run runAndKill(Path db, Path data, long delayMillis) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), KilledLoad.class.getName(), db.toString(), data.toString())
                .redirectErrorStream(true).start();
        AtomicBoolean loaded = new AtomicBoolean();
        AtomicLong readyAt = new AtomicLong();
        AtomicLong loadedAt = new AtomicLong();
        CountDownLatch ready = new CountDownLatch(1);
        List<String> output = new ArrayList<>();
        Thread reader = Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.contains("Loaded ") && !loaded.get()) {
                        if (delayMillis < 0) {
                            child.destroyForcibly(); // SIGKILL: no shutdown hook, no H2 close
                        }
                        loadedAt.set(System.nanoTime());
                        loaded.set(true);
                    }
                    if (line.contains(KilledLoad.READY)) {
                        readyAt.set(System.nanoTime());
                        ready.countDown();
                    }
                    synchronized (output) {
                        output.add(line);
                    }
                }
            } catch (IOException e) {
                // Killing the child closes its output: the end of what there is to read.
            }
        });
        if (!ready.await(60, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            fail("the child never got ready: " + output);
        }
        if (delayMillis >= 0) {
            Thread.sleep(delayMillis);
            child.destroyForcibly();
        } else if (!child.waitFor(60, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            fail("the child never printed Loaded: " + output);
        }
        child.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
        long millis = loaded.get() ? (loadedAt.get() - readyAt.get()) / 1_000_000 : 0;
        return new Run(loaded.get(), millis);
    }
}
