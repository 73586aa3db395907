package org.strikemap.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strikemap.account.Editor;
import org.strikemap.account.MapRole;
import org.strikemap.draft.DraftService;
import org.strikemap.draft.EditConflict;
import org.strikemap.draft.RecordKey;
import org.strikemap.draft.RecordKind;
import org.strikemap.i18n.Text;
import org.strikemap.strike.Strike;

/**
 * Issue 17's figure: EDITORS editors saving on one map at once for SECONDS seconds. Each editor corrects the notes of
 * its own strikes one after another, and every tenth save corrects the one strike they all edit, so conflicts happen
 * as they would (each editor saves against the revision it last saw; a refused save is an intended conflict, and the
 * editor takes the revision the refusal names). Prints save latency p50 / p99 / max, saves, intended conflicts and
 * errors, then checks that nothing was lost: every strike shows its editor's last accepted save, the shared strike's
 * history holds every accepted save, and the revision store grew by exactly the accepted saves.
 * Arguments: the data folder (the map folder and boundaries/ in it), the map's slug, the database folder.
 * Limits: one process, the services called directly (no HTTP, no browser); H2 as `bash src/bin/start` runs it.
 */
public final class EditorsBench {

    static final int EDITORS = Integer.getInteger("bench.editors", 20);
    static final int SECONDS = Integer.getInteger("bench.seconds", 60);

    private record Outcome(List<Double> latencies, int accepted, int conflicts, List<String> errors,
                           Map<String, String> lastNotes, List<String> sharedNotes) {
    }

    private EditorsBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchMap map = BenchMap.load(Path.of(args[0]), Path.of(args[2]), EDITORS + 2);
        String slug = args[1];
        DraftService drafts = map.app().drafts();
        JdbcClient jdbc = JdbcClient.create(map.database());
        List<Editor> people = new ArrayList<>();
        for (int e = 0; e < EDITORS; e++) {
            people.add(map.person("Editor " + (e + 1), slug, MapRole.EDITOR));
        }
        Editor first = people.getFirst();
        List<Strike> strikes = new ArrayList<>(drafts.open(slug, first).content().strikes().all());
        Map<String, Long> revisions = new HashMap<>();
        drafts.open(slug, first).revisions().forEach((key, revision) -> revisions.put(key.id(), revision));
        Strike shared = strikes.getFirst();
        AtomicLong sharedRevision = new AtomicLong(revisions.get(shared.id()));
        long revisionsBefore = jdbc.sql("select count(*) from revisions").query(Long.class).single();
        Report.progress("%d strikes; %d editors for %d s", strikes.size(), EDITORS, SECONDS);

        long end = System.nanoTime() + SECONDS * 1_000_000_000L;
        List<Outcome> outcomes = new ArrayList<>();
        try (ExecutorService editors = Executors.newFixedThreadPool(EDITORS)) {
            List<Future<Outcome>> running = new ArrayList<>();
            for (int e = 0; e < EDITORS; e++) {
                int editor = e;
                List<Strike> own = new ArrayList<>();
                for (int i = 1; i < strikes.size(); i++) {
                    if (i % EDITORS == editor) {
                        own.add(strikes.get(i));
                    }
                }
                running.add(editors.submit(() -> edit(drafts, slug, people.get(editor),
                        own, revisions, shared, sharedRevision, end)));
            }
            for (Future<Outcome> outcome : running) {
                outcomes.add(outcome.get());
            }
        }

        double[] latencies = outcomes.stream().flatMap(outcome -> outcome.latencies().stream())
                .mapToDouble(Double::doubleValue).toArray();
        int accepted = outcomes.stream().mapToInt(Outcome::accepted).sum();
        int conflicts = outcomes.stream().mapToInt(Outcome::conflicts).sum();
        List<String> errors = outcomes.stream().flatMap(outcome -> outcome.errors().stream()).toList();

        // Nothing lost: what each editor was last told was saved is what the draft holds, and every accepted save is a revision.
        Map<String, Strike> now = new HashMap<>();
        drafts.open(slug, first).content().strikes().all().forEach(strike -> now.put(strike.id(), strike));
        int lost = 0;
        for (Outcome outcome : outcomes) {
            for (Map.Entry<String, String> last : outcome.lastNotes().entrySet()) {
                if (!last.getValue().equals(noteOf(now.get(last.getKey())))) {
                    lost++;
                }
            }
        }
        List<String> sharedHistory = drafts.history(slug, new RecordKey(RecordKind.STRIKE, shared.id()), first).stream()
                .map(entry -> noteOf((Strike) entry.record())).toList();
        long sharedMissing = outcomes.stream().flatMap(outcome -> outcome.sharedNotes().stream())
                .filter(note -> !sharedHistory.contains(note)).count();
        long grown = jdbc.sql("select count(*) from revisions").query(Long.class).single() - revisionsBefore;
        map.database().close();

        Report.table(EDITORS + " editors saving on one map of " + strikes.size() + " strikes for " + SECONDS + " s",
                List.of("saves tried", "accepted", "intended conflicts", "errors", "save p50", "save p99", "max",
                        "accepted saves not shown", "shared strike's saves missing", "revisions added"),
                List.of(List.of(String.valueOf(latencies.length), String.valueOf(accepted), String.valueOf(conflicts),
                        String.valueOf(errors.size()), Report.millis(Report.percentile(latencies, 50)),
                        Report.millis(Report.percentile(latencies, 99)), Report.millis(Report.percentile(latencies, 100)),
                        String.valueOf(lost), String.valueOf(sharedMissing), grown + " (accepted: " + accepted + ")")));
        errors.stream().limit(5).forEach(error -> Report.progress("error: %s", error));
        if (!errors.isEmpty() || lost > 0 || sharedMissing > 0 || grown != accepted) {
            System.exit(1);
        }
    }

    private static Outcome edit(DraftService drafts, String slug, Editor who, List<Strike> own, Map<String, Long> start,
                                Strike shared, AtomicLong sharedRevision, long end) {
        List<Double> latencies = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Map<String, Long> revisions = new HashMap<>();
        own.forEach(strike -> revisions.put(strike.id(), start.get(strike.id())));
        Map<String, String> lastNotes = new HashMap<>();
        List<String> sharedNotes = new ArrayList<>();
        int accepted = 0;
        int conflicts = 0;
        for (int n = 1; System.nanoTime() < end; n++) {
            boolean onShared = n % 10 == 0 || own.isEmpty();
            Strike strike = onShared ? shared : own.get(n % own.size());
            String note = who.name() + ", save " + n;
            Strike changed = strike.noted("en", note);
            long expected = onShared ? sharedRevision.get() : revisions.get(strike.id());
            long t0 = System.nanoTime();
            try {
                long saved = drafts.save(slug, changed, expected, who, "bench");
                latencies.add((System.nanoTime() - t0) / 1e6);
                accepted++;
                if (onShared) {
                    sharedRevision.accumulateAndGet(saved, Math::max);
                    sharedNotes.add(note);
                } else {
                    revisions.put(strike.id(), saved);
                    lastNotes.put(strike.id(), note);
                }
            } catch (EditConflict conflict) {
                latencies.add((System.nanoTime() - t0) / 1e6);
                conflicts++;
                if (onShared) {
                    sharedRevision.accumulateAndGet(conflict.revision(), Math::max);
                } else {
                    errors.add("a conflict on " + strike.id() + ", which only " + who.name() + " edits");
                }
            } catch (RuntimeException e) {
                errors.add(e.toString());
            }
        }
        return new Outcome(latencies, accepted, conflicts, errors, lastNotes, sharedNotes);
    }

    private static String noteOf(Strike strike) {
        return strike == null || strike.note() == null ? null : strike.note().in("en");
    }
}
