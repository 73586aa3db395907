package org.strikemap.imports;

import jakarta.annotation.PreDestroy;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.strikemap.account.AuditLog;
import org.strikemap.account.Editor;
import org.strikemap.account.NotAllowed;
import org.strikemap.account.People;
import org.strikemap.dataset.MapStore;
import org.strikemap.draft.DraftService;
import org.strikemap.revision.RevisionStore;

/**
 * Imports into a map's draft, each in the background (a 100,000-row file neither holds a request nor freezes a
 * page): the file is read and planned against the draft ({@link ImportJob.State#READING}, with progress), its preview
 * shown ({@link ImportJob.State#PREVIEWED}), then written, when asked and only without problem rows, in one
 * transaction ({@link DraftService#replaceAll}: every record changed a revision by the person, nothing partial) with
 * the CSV's column mapping saved beside it. A draft changed since its preview is not written over: the import fails
 * and asks for a new preview. A map's own zip imported under a slug with no map makes that map (admins only).
 * Limits: jobs live in this instance's memory for {@link #KEPT} after they end (the status address is this
 * instance's); at most {@code strikemap.import.parallel} read or write at once, a few more wait.
 */
@Service
public class ImportService {

    /** How long an ended or previewed import stays to be asked about (and written, for a preview). */
    static final Duration KEPT = Duration.ofMinutes(30);
    private static final int QUEUE = 8;

    /** What to do with the file: its format (null: detect), its mapping (null: saved, for a plain CSV), the mode. */
    public record Request(ImportFormat format, ColumnMapping mapping, Mode mode, ImportScope scope) {

        /** A file's import in its format's own scope. */
        public Request(ImportFormat format, ColumnMapping mapping, Mode mode) {
            this(format, mapping, mode, null);
        }
    }

    public enum Mode {
        /** Read and show; write only when asked ({@link #write}). */
        PREVIEW,
        /** Read, and write at once unless a row has a problem (the command). */
        WRITE
    }

    private final ImportCaps caps;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, ImportRun> jobs = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final ThreadPoolExecutor workers;
    private final ImportRun.Services services;
    private final People people;
    private final MapStore store;

    ImportService(DraftService drafts, MapStore store, RevisionStore revisions, MappingStore mappings, People people,
                  AuditLog audit, TransactionTemplate transaction, ImportCaps caps) {
        this.caps = caps;
        this.services = new ImportRun.Services(drafts, store, revisions, mappings, audit, transaction, caps, clock);
        this.workers = new ThreadPoolExecutor(caps.parallel(), caps.parallel(), 1, TimeUnit.MINUTES,
                new ArrayBlockingQueue<>(QUEUE), runnable -> {
                    Thread thread = new Thread(runnable, "import");
                    thread.setDaemon(true);
                    return thread;
                });
        this.people = people;
        this.store = store;
    }

    /**
     * Starts importing {@code file} (whose temporary file the service now owns and deletes) into {@code slug}'s draft;
     * {@link NotAllowed} unless {@code who} may edit the map (or, for a map's zip under a new slug, is an admin).
     */
    public ImportJob start(String slug, ImportFile file, Request request, Editor who) {
        boolean creates;
        try {
            creates = mayImport(slug, file, request, who);
        } catch (RuntimeException refused) {
            file.delete();
            throw refused;
        }
        ImportRun run = new ImportRun(HexFormat.of().formatHex(bytes()), slug, file, request, who, creates, services);
        jobs.put(run.id(), run);
        try {
            workers.execute(run::read);
        } catch (RejectedExecutionException busy) {
            jobs.remove(run.id());
            run.discard();
            throw new ImportBusy("the server is busy with other imports; try again in a minute");
        }
        return run.snapshot();
    }

    /** Whether the import makes a new map; {@link NotAllowed} unless {@code who} may make it. */
    private boolean mayImport(String slug, ImportFile file, Request request, Editor who) {
        if (who == null) {
            throw new NotAllowed("sign in to import");
        }
        boolean creates = store.map(slug).isEmpty();
        if (creates) {
            ImportFormat format = request.format() != null ? request.format() : file.detect(caps);
            if (format != ImportFormat.MAP_ZIP || !people.isAdmin(who)) {
                throw new NotAllowed("there is no map '" + slug + "'" + (format == ImportFormat.MAP_ZIP
                        ? "; only an admin makes one from a map's zip" : ""));
            }
        } else if (!people.canEdit(who, slug)) {
            throw new NotAllowed(who.name() + " may not edit " + slug);
        }
        return creates;
    }

    /**
     * Imports {@code file} into {@code slug}'s draft on the caller's thread, written unless a row has a problem (live
     * data, whose scheduler already runs in the background); the file is the service's. The outcome, as always.
     */
    public ImportJob runNow(String slug, ImportFile file, Request request, Editor who) {
        if (who == null || !people.canEdit(who, slug)) {
            file.delete();
            throw new NotAllowed((who == null ? "nobody" : who.name()) + " may not edit " + slug);
        }
        ImportRun run = new ImportRun(HexFormat.of().formatHex(bytes()), slug, file,
                new Request(request.format(), request.mapping(), Mode.WRITE, request.scope()), who, false, services);
        run.read();
        return run.snapshot();
    }

    /** Writes a previewed import into the draft; {@link NotAllowed} for another person's import. */
    public ImportJob write(String id, Editor who) {
        ImportRun run = own(id, who);
        if (!run.markWriting()) {
            return run.snapshot();
        }
        try {
            workers.execute(run::write);
        } catch (RejectedExecutionException busy) {
            run.unmarkWriting();
            throw new ImportBusy("the server is busy with other imports; try again in a minute");
        }
        return run.snapshot();
    }

    /** The import as it stands now; empty when unknown, or ended more than {@link #KEPT} ago. */
    public Optional<ImportJob> job(String id, Editor who) {
        ImportRun run = jobs.get(id);
        if (run == null) {
            return Optional.empty();
        }
        if (who == null || run.by().id() != who.id()) {
            throw new NotAllowed("this import is not yours");
        }
        return Optional.of(run.snapshot());
    }

    /** Forgets a preview the person does not want; nothing was written. */
    public void discard(String id, Editor who) {
        ImportRun run = own(id, who);
        if (run.snapshot().state() != ImportJob.State.WRITING) {
            jobs.remove(id);
            run.discard();
        }
    }

    /** The mapping saved with {@code slug} for a plain CSV of this {@code header}, if an earlier import saved one. */
    public Optional<ColumnMapping> savedMapping(String slug, java.util.List<String> header) {
        return store.map(slug).flatMap(map -> services.mappings().find(map.id(), header));
    }

    /** The import's limits, for the editor's upload field and the API. */
    public ImportCaps caps() {
        return caps;
    }

    @Scheduled(fixedDelay = 60_000)
    void forgetOld() {
        var cutoff = clock.instant().minus(KEPT);
        jobs.values().removeIf(run -> {
            boolean old = run.endedBefore(cutoff);
            if (old) {
                run.discard();
            }
            return old;
        });
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    private ImportRun own(String id, Editor who) {
        ImportRun run = jobs.get(id);
        if (run == null) {
            throw new IllegalArgumentException("no import " + id + " (an import is kept " + KEPT.toMinutes()
                    + " minutes after it ends)");
        }
        if (who == null || run.by().id() != who.id()) {
            throw new NotAllowed("this import is not yours");
        }
        return run;
    }

    private byte[] bytes() {
        byte[] id = new byte[12];
        random.nextBytes(id);
        return id;
    }
}
