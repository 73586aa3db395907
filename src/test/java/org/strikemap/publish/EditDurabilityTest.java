package org.strikemap.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
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
        Path template = temp.resolve("template");
        KilledEdits.template(temp, app -> null);

        Random random = new Random();
        for (int kill = 0; kill < KILLS; kill++) {
            Path db = TestDatabase.copy(template, temp.resolve("kill-" + kill));
            List<String> said = KilledChild.runAndKill(KilledEdits.class, "PUBLISHED ", random.nextInt(1500),
                    db.toString());
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
                }
            }
            jdbc.sql("shutdown").update();
        }
    }

    /** The place's words as the row stores them: {"en":"Edit 4"} gives "Edit 4". */
    private static String placeWords(String json) {
        int start = json.indexOf(":\"") + 2;
        return json.substring(start, json.indexOf('"', start));
    }
}
