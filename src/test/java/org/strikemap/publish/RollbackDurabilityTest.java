package org.strikemap.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.strikemap.ingest.TestDatabase;

/**
 * kill -9 while a map is rolled back to an earlier version and a record restored ({@link KilledRollbacks} in a child
 * process, killed at random moments): a rollback is all-old or all-new (the three strikes it changes never disagree),
 * every strike's draft row is exactly its latest revision, and every confirmed restore is there.
 */
class RollbackDurabilityTest {

    static final int KILLS = 6;

    @TempDir
    Path temp;

    @Test
    void aKilledRollbackOrRestoreLeavesAllOldOrAllNew() throws Exception {
        Path template = temp.resolve("template");
        List<String> versions = KilledEdits.template(temp, KilledRollbacks::prepare);

        Random random = new Random();
        for (int kill = 0; kill < KILLS; kill++) {
            Path db = TestDatabase.copy(template, temp.resolve("kill-" + kill));
            List<String> said = KilledChild.runAndKill(KilledRollbacks.class, "ROLLED ", random.nextInt(2000),
                    db.toString(), versions.get(0), versions.get(1));
            JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(KilledEdits.url(db) + ";IFEXISTS=TRUE", "sa", ""));
            Set<String> places = KilledRollbacks.ROLLED.stream().map(id -> placeOf(jdbc, id)).collect(Collectors.toSet());
            assertThat(places).as("kill %d: the rolled-back strikes' places", kill).hasSize(1);
            for (String id : jdbc.sql("select id from strikes where map_id = (select id from maps where slug = 'data')")
                    .query(String.class).list()) {
                assertThat(latestRevision(jdbc, id)).as("kill %d: %s's row and its latest revision", kill, id)
                        .contains("\"en\":\"" + placeWords(placeOf(jdbc, id)) + "\"");
            }
            long restores = said.stream().filter(line -> line.startsWith("RESTORED ")).count();
            long restoreRevisions = jdbc.sql("""
                    select count(*) from revisions where kind = 'STRIKE' and record_id = ? and why like 'restored revision%'""")
                    .param(KilledRollbacks.RESTORED).query(Long.class).single();
            assertThat(restoreRevisions).as("kill %d: confirmed restores are kept (at most one more)", kill)
                    .isBetween(restores, restores + 1);
            jdbc.sql("shutdown").update();
        }
    }

    private static String placeOf(JdbcClient jdbc, String id) {
        return jdbc.sql("select place from strikes where id = ? and map_id = (select id from maps where slug = 'data')")
                .param(id).query(String.class).single();
    }

    private static String latestRevision(JdbcClient jdbc, String id) {
        return jdbc.sql("""
                select record from revisions where kind = 'STRIKE' and record_id = ? order by revision desc
                fetch first 1 rows only""").param(id).query(String.class).single();
    }

    /** The place's English words as the row stores them: {"en":"A"} gives "A". */
    private static String placeWords(String json) {
        int start = json.indexOf("\"en\":\"") + 6;
        return json.substring(start, json.indexOf('"', start));
    }
}
