package org.strikemap.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.strikemap.account.People;
import org.strikemap.ingest.TestDatabase;

/**
 * kill -9 while an editor saves and a reviewer publishes ({@link KilledEdits} in a child process, killed at random
 * moments): afterwards the strike's draft row is exactly its latest revision (all-old or all-new, never a row without
 * its revision or the reverse), no save that returned is lost, and every publication that returned is there.
 */
class EditDurabilityTest {

    static final int KILLS = 8;

    @TempDir
    Path temp;

    @Test
    void aKilledSaveOrPublicationLeavesAllOldOrAllNewAndNothingConfirmedIsLost() throws Exception {
        Path data = TestDatabase.copyFixture(temp.resolve("fixture"));
        Path template = temp.resolve("template");
        DriverManagerDataSource setUp = new DriverManagerDataSource(KilledEdits.url(template), "sa", "");
        org.flywaydb.core.Flyway.configure().dataSource(setUp).load().migrate();
        new PublishTestSupport(setUp, new People(), data.resolve("boundaries")).load(data, data.resolve("boundaries"));
        JdbcClient.create(setUp).sql("shutdown").update();

        Random random = new Random();
        int publicationsChecked = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Path db = TestDatabase.copy(template, temp.resolve("kill-" + kill));
            List<String> said = runAndKill(db, 200 + random.nextInt(1500));
            JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(KilledEdits.url(db) + ";IFEXISTS=TRUE", "sa", ""));
            String row = jdbc.sql("select place from strikes where id = ?").param(KilledEdits.STRIKE).query(String.class).single();
            String latest = jdbc.sql("""
                    select record from revisions where kind = 'STRIKE' and record_id = ? order by revision desc
                    fetch first 1 rows only""").param(KilledEdits.STRIKE).query(String.class).single();
            assertThat(latest).as("kill %d: the row and its latest revision", kill).contains(placeWords(row));
            int lastSaved = said.stream().filter(line -> line.startsWith("SAVED ")).mapToInt(line -> Integer.parseInt(line.substring(6)))
                    .max().orElse(0);
            if (lastSaved > 0) {
                int stored = Integer.parseInt(placeWords(row).substring("Edit ".length()));
                assertThat(stored).as("kill %d: a save that returned is never lost", kill).isGreaterThanOrEqualTo(lastSaved);
            }
            for (String line : said) {
                if (line.startsWith("PUBLISHED ")) {
                    assertThat(jdbc.sql("select count(*) from map_versions where version = ?").param(line.substring(10))
                            .query(Integer.class).single()).as("kill %d: %s", kill, line).isEqualTo(1);
                    publicationsChecked++;
                }
            }
            jdbc.sql("shutdown").update();
        }
        assertThat(publicationsChecked).as("publications confirmed before a kill").isPositive();
    }

    /** The place's words as the row stores them: {"en":"Edit 4"} gives "Edit 4". */
    private static String placeWords(String json) {
        int start = json.indexOf(":\"") + 2;
        return json.substring(start, json.indexOf('"', start));
    }

    /** Runs the child, kills it {@code delayMillis} after it is ready, returns what it had printed. */
    private static List<String> runAndKill(Path db, long delayMillis) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), KilledEdits.class.getName(), db.toString())
                .redirectErrorStream(true).start();
        CountDownLatch ready = new CountDownLatch(1);
        List<String> output = new ArrayList<>();
        Thread reader = Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    synchronized (output) {
                        output.add(line);
                    }
                    if (line.contains(KilledEdits.READY)) {
                        ready.countDown();
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
        Thread.sleep(delayMillis);
        // What the child printed before the kill is what it confirmed: read it at the moment of the kill.
        List<String> said;
        synchronized (output) {
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no H2 close
            said = new ArrayList<>(output);
        }
        child.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
        return said;
    }
}
