package org.strikemap.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strikemap.account.Editor;
import org.strikemap.account.MapRole;
import org.strikemap.draft.DraftService;
import org.strikemap.draft.HistoryEntry;
import org.strikemap.draft.RecordFields;
import org.strikemap.draft.RecordKey;
import org.strikemap.draft.RecordKind;
import org.strikemap.i18n.Text;
import org.strikemap.publish.PublishService;
import org.strikemap.publish.PublishTestSupport;
import org.strikemap.strike.Location;
import org.strikemap.strike.Strike;

/**
 * Issue 18's figures: a map of about 1,000 strikes (written by SyntheticDataset) loaded into an H2 file database as
 * the app keeps it, then SAVES saves of its strikes (a tenth of them on one much-edited strike, the rest spread at
 * random, each a corrected place or note), published every PUBLISH_EVERY saves. Prints the revision store's size
 * (rows, bytes of records, the database file before and after, compacted) and the time to open a record's history
 * (its revisions, newest first, and the latest two side by side, as the editor's History panel shows them) and to
 * compare two versions of the map, strike by strike, p50 / p95 / max. Arguments: the data folder (the map folder and
 * boundaries/ in it), the map's slug, the database folder. Limits: one process, no HTTP or browser in the timings.
 */
public final class HistoryBench {

    static final int SAVES = Integer.getInteger("bench.saves", 10_000);
    static final int PUBLISH_EVERY = Integer.getInteger("bench.publishEvery", 100);
    static final int OPENS = Integer.getInteger("bench.opens", 200);
    static final int COMPARISONS = Integer.getInteger("bench.comparisons", 40);

    private HistoryBench() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        String slug = args[1];
        Path dbDir = Path.of(args[2]);
        BenchMap map = BenchMap.load(data, dbDir, 4);
        Editor editor = map.person("Bench editor", slug, MapRole.EDITOR);
        Editor reviewer = map.person("Bench reviewer", slug, MapRole.REVIEWER);
        HikariDataSource database = map.database();
        PublishTestSupport app = map.app();
        DraftService drafts = app.drafts();
        PublishService publish = app.publish();
        JdbcClient jdbc = JdbcClient.create(database);
        long fileBefore = Files.size(dbDir.resolve("strikemap.mv.db"));
        Map<String, Strike> strikes = new HashMap<>();
        drafts.open(slug, editor).content().strikes().all().forEach(strike -> strikes.put(strike.id(), strike));
        List<String> ids = new ArrayList<>(strikes.keySet());
        ids.sort(null);
        Report.progress("%d strikes loaded; %d saves, a publication every %d", ids.size(), SAVES, PUBLISH_EVERY);

        Map<String, Long> latest = new HashMap<>(drafts.open(slug, editor).revisions().entrySet().stream()
                .filter(entry -> entry.getKey().kind() == RecordKind.STRIKE)
                .collect(java.util.stream.Collectors.toMap(entry -> entry.getKey().id(), Map.Entry::getValue)));
        Random random = new Random(18);
        String hot = ids.get(0);
        long started = System.nanoTime();
        for (int n = 1; n <= SAVES; n++) {
            String id = n % 10 == 0 ? hot : ids.get(random.nextInt(ids.size()));
            Strike strike = strikes.get(id);
            Strike changed = n % 2 == 0
                    ? strike.at(strike.location().renamed("en", "Corrected place " + n))
                    : strike.noted("en", "Correction " + n + ": the report was updated by the source.");
            latest.put(id, drafts.save(slug, changed, latest.getOrDefault(id, 0L), editor, "correction " + n));
            strikes.put(id, changed);
            if (n % PUBLISH_EVERY == 0) {
                publish.publish(slug, reviewer, "corrections up to " + n);
            }
            if (n % 1000 == 0) {
                Report.progress("%d saves, %.1f ms a save", n, (System.nanoTime() - started) / 1e6 / n);
            }
        }
        double perSave = (System.nanoTime() - started) / 1e6 / SAVES;

        List<double[]> history = List.of(timeHistory(drafts, editor, slug, ids, null, random),
                timeHistory(drafts, editor, slug, ids, hot, random));
        List<String> versions = publish.versions(slug).stream().map(version -> version.version()).toList();
        double[] comparisons = new double[COMPARISONS];
        for (int i = 0; i < COMPARISONS; i++) {
            String from = versions.get(random.nextInt(versions.size()));
            String to = versions.get(random.nextInt(versions.size()));
            long t0 = System.nanoTime();
            publish.compare(slug, from, to);
            comparisons[i] = (System.nanoTime() - t0) / 1e6;
        }

        long rows = jdbc.sql("select count(*) from revisions").query(Long.class).single();
        long recordBytes = jdbc.sql("select sum(octet_length(record)) from revisions").query(Long.class).single();
        long versionBytes = jdbc.sql("select sum(octet_length(files)) from map_versions").query(Long.class).single();
        long fileAfter = Files.size(dbDir.resolve("strikemap.mv.db"));
        jdbc.sql("shutdown compact").update();
        database.close();
        long fileCompacted = Files.size(dbDir.resolve("strikemap.mv.db"));

        Report.table("Revision store after " + SAVES + " saves on " + ids.size() + " strikes (" + versions.size() + " versions)",
                List.of("revisions", "their records", "versions' files", "database file before", "after", "after, compacted", "per save"),
                List.of(List.of(String.valueOf(rows), Report.bytes(recordBytes), Report.bytes(versionBytes),
                        Report.bytes(fileBefore), Report.bytes(fileAfter), Report.bytes(fileCompacted), Report.millis(perSave))));
        Report.table("Opening history (" + OPENS + " opens each, " + COMPARISONS + " comparisons)",
                List.of("what", "p50", "p95", "max"),
                List.of(row("a record's history, typical record", history.get(0)),
                        row("a record's history, the most-edited record (" + SAVES / 10 + " saves)", history.get(1)),
                        row("two versions of the map compared", comparisons)));
        // The account module's one-time-token cleaner (Spring Security's) runs on a thread that is not a daemon: without
        // this the JVM would stay up after the tables, as ImportBench found.
        System.exit(0);
    }

    /** Times OPENS opens of a record's history (random records, or {@code only}) with the latest two side by side. */
    private static double[] timeHistory(DraftService drafts, Editor editor, String slug, List<String> ids, String only,
                                        Random random) {
        double[] times = new double[OPENS];
        for (int i = 0; i < OPENS; i++) {
            RecordKey key = new RecordKey(RecordKind.STRIKE, only != null ? only : ids.get(random.nextInt(ids.size())));
            long t0 = System.nanoTime();
            List<HistoryEntry> entries = drafts.history(slug, key, editor);
            if (entries.size() > 1) {
                RecordFields.sideBySide(entries.get(1).record(), entries.get(0).record());
            }
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        return times;
    }

    private static List<String> row(String what, double[] times) {
        return List.of(what, Report.millis(Report.percentile(times, 50)), Report.millis(Report.percentile(times, 95)),
                Report.millis(Report.percentile(times, 100)));
    }
}
