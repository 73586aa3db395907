package org.strikemap.publish;

import ch.qos.logback.classic.Level;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikemap.account.Editor;
import org.strikemap.account.AccountTestSupport;
import org.strikemap.account.MapRole;
import org.strikemap.draft.DraftService;
import org.strikemap.draft.RecordKey;
import org.strikemap.draft.RecordKind;
import org.strikemap.ingest.TestDatabase;
import org.strikemap.strike.Location;
import org.strikemap.strike.Strike;

/**
 * An editor and a reviewer at work, as a child process for {@link EditDurabilityTest}: one strike saved again and again
 * ("SAVED n" once each save returned), every third save published ("PUBLISHED version" once it returned), on the same
 * H2 file URL and pool as the app, until the parent kills it. Args: the database folder.
 */
final class KilledEdits {

    static final String STRIKE = "kharkiv-day";

    private KilledEdits() {
    }

    /**
     * The database each killed child starts from: the fixture map loaded into a migrated H2 file database at
     * {@code temp}/template, {@code prepare}d further (e.g. versions to roll back to), then shut down so it can be
     * copied. Returns what {@code prepare} returned.
     */
    static <T> T template(Path temp, java.util.function.Function<PublishTestSupport, T> prepare) throws java.io.IOException {
        Path data = org.strikemap.ingest.TestDatabase.copyFixture(temp.resolve("fixture"));
        org.springframework.jdbc.datasource.DriverManagerDataSource setUp =
                new org.springframework.jdbc.datasource.DriverManagerDataSource(url(temp.resolve("template")), "sa", "");
        org.flywaydb.core.Flyway.configure().dataSource(setUp).load().migrate();
        PublishTestSupport app = new PublishTestSupport(setUp,
                org.strikemap.account.AccountTestSupport.over(setUp).people(), data.resolve("boundaries"));
        app.load(data, data.resolve("boundaries"));
        T prepared = prepare.apply(app);
        org.springframework.jdbc.core.simple.JdbcClient.create(setUp).sql("shutdown").update();
        return prepared;
    }

    /** The app's H2 file URL (application.properties) for a database folder. */
    static String url(Path dbDir) {
        return "jdbc:h2:file:" + dbDir.toAbsolutePath() + "/strikemap;AUTO_SERVER=FALSE;WRITE_DELAY=0";
    }

    public static void main(String[] args) {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url(Path.of(args[0])));
        dataSource.setUsername("sa");
        dataSource.setPassword("");
        Flyway.configure().dataSource(dataSource).load().migrate();
        AccountTestSupport accounts = AccountTestSupport.over(dataSource);
        Editor editor = accounts.person("Editor", "data", MapRole.EDITOR);
        Editor reviewer = accounts.person("Reviewer", "data", MapRole.REVIEWER);
        PublishTestSupport app = new PublishTestSupport(dataSource, accounts.people(), TestDatabase.FIXTURE_BOUNDARIES);
        DraftService drafts = app.drafts();
        PublishService publish = app.publish();
        RecordKey key = new RecordKey(RecordKind.STRIKE, STRIKE);
        for (int n = 1; ; n++) {
            Strike strike = drafts.open("data", editor).content().strikes().find(STRIKE).orElseThrow();
            long expected = drafts.open("data", editor).revisionOf(key);
            drafts.save("data", strike.at(strike.location().renamed("en", "Edit " + n)), expected, editor, "edit " + n);
            System.out.println("SAVED " + n);
            if (n % 3 == 0) {
                System.out.println("PUBLISHED " + publish.publish("data", reviewer, "edit " + n).version());
            }
            System.out.flush();
        }
    }
}
