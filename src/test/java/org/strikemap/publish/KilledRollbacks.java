package org.strikemap.publish;

import ch.qos.logback.classic.Level;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikemap.account.AccountTestSupport;
import org.strikemap.account.Editor;
import org.strikemap.account.MapRole;
import org.strikemap.draft.DraftService;
import org.strikemap.draft.RecordKey;
import org.strikemap.draft.RecordKind;
import org.strikemap.ingest.TestDatabase;
import org.strikemap.strike.Location;
import org.strikemap.strike.Strike;

/**
 * A reviewer rolling a map back and forth and an editor restoring a record, as a child process for
 * {@link RollbackDurabilityTest}: version A and version B of the map differ in three strikes' places ("A" and "B");
 * the child rolls the draft back to A ("ROLLED A" once it returned), restores an earlier revision of a fourth strike
 * ("RESTORED n"), rolls back to B ("ROLLED B"), and so on until the parent kills it. Args: the database folder.
 */
final class KilledRollbacks {

    static final List<String> ROLLED = List.of("kharkiv-day", "kyiv-month", "zaporizhzhia-late");
    static final String RESTORED = "bucha-crater";

    private KilledRollbacks() {
    }

    /**
     * Prepares the database the children start from: the map published as version A (the three strikes placed
     * "A"), then as version B ("B"), the fourth strike saved twice ("Restored 1", "Restored 2"). Returns A and B.
     */
    static List<String> prepare(PublishTestSupport app) {
        DraftService drafts = app.drafts();
        String a = placeAll(app, "A");
        save(drafts, editor(app), RESTORED, "Restored 1");
        save(drafts, editor(app), RESTORED, "Restored 2");
        String b = placeAll(app, "B");
        return List.of(a, b);
    }

    private static String placeAll(PublishTestSupport app, String place) {
        ROLLED.forEach(id -> save(app.drafts(), editor(app), id, place));
        return app.publish().publish("data", reviewer(app), "all " + place).version();
    }

    /** The editor of the map, a real person with the right (the same one in the parent and every child). */
    private static Editor editor(PublishTestSupport app) {
        return app.accounts().person("Editor", "data", MapRole.EDITOR);
    }

    private static Editor reviewer(PublishTestSupport app) {
        return app.accounts().person("Reviewer", "data", MapRole.REVIEWER);
    }

    private static void save(DraftService drafts, Editor editor, String id, String place) {
        Strike strike = drafts.open("data", editor).content().strikes().find(id).orElseThrow();
        long expected = drafts.open("data", editor).revisionOf(new RecordKey(RecordKind.STRIKE, id));
        drafts.save("data", strike.at(strike.location().renamed("en", place)), expected, editor, "set to " + place);
    }

    public static void main(String[] args) {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(KilledEdits.url(Path.of(args[0])));
        dataSource.setUsername("sa");
        dataSource.setPassword("");
        PublishTestSupport app = new PublishTestSupport(dataSource, AccountTestSupport.over(dataSource).people(),
                TestDatabase.FIXTURE_BOUNDARIES);
        Editor editor = editor(app);
        Editor reviewer = reviewer(app);
        List<String> versions = List.of(args[1], args[2]);
        RecordKey restored = new RecordKey(RecordKind.STRIKE, RESTORED);
        List<Long> earlier = app.drafts().history("data", restored, editor).stream()
                .filter(entry -> String.valueOf(entry.made().why()).startsWith("set to Restored")).map(entry -> entry.number()).toList();
        for (int n = 0; ; n++) {
            app.publish().rollBack("data", versions.get(n % 2), reviewer, null);
            System.out.println("ROLLED " + (n % 2 == 0 ? "A" : "B"));
            app.drafts().restore("data", restored, earlier.get(n % earlier.size()), editor, null);
            System.out.println("RESTORED " + n);
            System.out.flush();
        }
    }
}
