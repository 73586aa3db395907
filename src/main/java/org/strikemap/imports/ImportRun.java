package org.strikemap.imports;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import org.strikemap.account.AuditLog;
import org.strikemap.account.Editor;
import org.strikemap.account.NotAllowed;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.dataset.MapStore;
import org.strikemap.draft.DraftService;
import org.strikemap.draft.NewMap;
import org.strikemap.draft.RecordRefused;
import org.strikemap.ingest.DatasetException;
import org.strikemap.revision.RevisionStore;

/**
 * One import as it runs on a worker: read and planned, then (asked, or at once for the command) written. Its state
 * changes from the worker and is read from other threads; everything it exposes is a snapshot ({@link ImportJob}).
 */
final class ImportRun {

    private static final Logger log = LoggerFactory.getLogger(ImportRun.class);

    /** What a run works with, as Spring wired the service. */
    record Services(DraftService drafts, MapStore store, RevisionStore revisions, MappingStore mappings, AuditLog audit,
                    TransactionTemplate transaction, ImportCaps caps, Clock clock) {
    }

    private final String id;
    private final String slug;
    private final ImportFile file;
    private final ImportService.Request request;
    private final Editor by;
    private final boolean creates;
    private final Services services;
    private final ImportProgress progress;
    private final Instant startedAt;
    private final AtomicReference<ImportJob.State> state = new AtomicReference<>(ImportJob.State.QUEUED);
    private volatile ImportFormat format;
    private volatile ColumnMapping mapping;
    private volatile List<String> header;
    private volatile ImportPlan plan;
    private volatile long lastRevision;
    private volatile String error;
    private volatile int written;
    private volatile Instant endedAt;

    ImportRun(String id, String slug, ImportFile file, ImportService.Request request, Editor by, boolean creates,
              Services services) {
        this.id = id;
        this.slug = slug;
        this.file = file;
        this.request = request;
        this.by = by;
        this.creates = creates;
        this.services = services;
        this.progress = new ImportProgress(file.size());
        this.startedAt = services.clock().instant();
    }

    String id() {
        return id;
    }

    Editor by() {
        return by;
    }

    void read() {
        state.set(ImportJob.State.READING);
        try {
            format = request.format() != null ? request.format() : file.detect(services.caps());
            if (format == ImportFormat.CSV) {
                header = file.header(services.caps());
                mapping = request.mapping() != null ? request.mapping() : services.store().map(slug)
                        .flatMap(map -> services.mappings().find(map.id(), header)).orElse(null);
            }
            LoadedDataset draft = creates ? null : services.transaction().execute(status -> {
                lastRevision = services.revisions().lastId(services.store().map(slug).orElseThrow().id());
                return services.drafts().preview(slug, by);
            });
            long reading = System.nanoTime();
            plan = Importer.plan(file, format, mapping, request.scope(), services.caps(), slug, draft, progress);
            log.info("Import {} read {} ({}) for {} in {} ms: {}", id, file.name(), format.code(), slug,
                    (System.nanoTime() - reading) / 1_000_000, plan.preview().counts());
            if (request.mode() == ImportService.Mode.PREVIEW) {
                state.set(ImportJob.State.PREVIEWED);
                ended();
            } else if (plan.preview().importable()) {
                state.set(ImportJob.State.WRITING);
                write();
            } else {
                fail(problemSummary());
            }
        } catch (DatasetException | NotAllowed | RecordRefused refused) {
            fail(refused.getMessage());
        } catch (RuntimeException unexpected) {
            log.error("Import {} of {} into {} failed", id, file.name(), slug, unexpected);
            fail("the import failed on the server; nothing was written");
        } finally {
            deleteFile();
        }
    }

    /** Moves a preview on to writing; false when it is not a preview that may be written. */
    boolean markWriting() {
        if (plan == null || plan.content() == null || !plan.preview().importable()) {
            return false;
        }
        return state.compareAndSet(ImportJob.State.PREVIEWED, ImportJob.State.WRITING);
    }

    void unmarkWriting() {
        state.compareAndSet(ImportJob.State.WRITING, ImportJob.State.PREVIEWED);
    }

    void write() {
        try {
            String why = "import of " + file.name() + " (" + format.code() + ")";
            long writing = System.nanoTime();
            written = services.transaction().execute(status -> {
                if (creates) {
                    if (services.store().map(slug).isPresent()) {
                        throw new RecordRefused(List.of("a map " + slug + " was made meanwhile; import into it again"));
                    }
                    var words = plan.content().description();
                    services.drafts().create(new NewMap(slug, words.words().title(), words.area(), words.view()), by);
                } else if (services.revisions().lastId(services.store().map(slug).orElseThrow().id()) != lastRevision) {
                    throw new RecordRefused(List.of("the map's draft changed since this preview; preview the file again"));
                }
                int changed = services.drafts().replaceAll(slug, plan.content(), by, why);
                if (format == ImportFormat.CSV && mapping != null) {
                    services.mappings().save(services.store().map(slug).orElseThrow().id(), header, mapping, by.name(),
                            services.clock().instant());
                }
                return changed;
            });
            ImportPreview.Counts counts = plan.preview().counts();
            services.audit().record("import", by, slug + ": " + file.name() + " (" + format.code() + "), " + counts.added()
                    + " added, " + counts.changed() + " changed, " + counts.removed() + " removed");
            log.info("Import {} wrote {} records into {} in {} ms", id, written, slug, (System.nanoTime() - writing) / 1_000_000);
            plan = new ImportPlan(plan.preview(), null);
            state.set(ImportJob.State.DONE);
            ended();
        } catch (NotAllowed | RecordRefused refused) {
            fail(refused.getMessage());
        } catch (RuntimeException unexpected) {
            log.error("Writing import {} of {} into {} failed", id, file.name(), slug, unexpected);
            fail("writing the import failed on the server; nothing was written");
        }
    }

    ImportJob snapshot() {
        ImportPlan current = plan;
        return new ImportJob(id, slug, file.name(), format, state.get(),
                new ImportJob.Progress(progress.bytesRead(), progress.totalBytes(), progress.rowsRead()),
                current == null ? null : current.preview(),
                new ImportJob.Outcome(error, written, by.name(), startedAt, endedAt));
    }

    boolean endedBefore(Instant cutoff) {
        Instant ended = endedAt;
        return ended != null && ended.isBefore(cutoff) && state.get() != ImportJob.State.WRITING;
    }

    void discard() {
        plan = plan == null ? null : new ImportPlan(plan.preview(), null);
        deleteFile();
    }

    private String problemSummary() {
        List<String> problems = plan.preview().problems();
        return problems.size() + " row" + (problems.size() == 1 ? " has a problem" : "s have problems")
                + "; nothing was written. " + String.join("\n", problems.subList(0, Math.min(problems.size(), 50)))
                + (problems.size() > 50 ? "\n…" : "");
    }

    private void fail(String reason) {
        error = reason;
        state.set(ImportJob.State.FAILED);
        ended();
    }

    private void ended() {
        endedAt = services.clock().instant();
    }

    private void deleteFile() {
        file.delete();
    }
}
