package org.strikemap.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.dataset.MapStore;
import org.strikemap.i18n.Languages;
import org.strikemap.i18n.Messages;
import org.strikemap.ingest.MapReader;
import org.strikemap.map.Corrections;
import org.strikemap.map.VersionArchive;
import org.strikemap.map.VersionDiff;

/**
 * The published versions as readers reach them: any version by its name (read from its files, the last few kept),
 * each map's log of corrections (every version with what changed from the one before, worded in every language the
 * map is offered in) and any two versions compared. What changed is told from a version's records alone
 * ({@link MapReader#records}: no backdrop, no point tested again), a fraction of a full read, and more of them are
 * kept. A new version adds its entry to the log kept (reading it and the one before), so a publication costs two
 * reads, not one per version. Reads of different versions run side by side ({@link KeptReads}). Limits: the first log
 * after a start reads every version once.
 */
@Service
class Archive implements VersionArchive {

    /** Versions kept read in memory, beyond the latest ones readers see. */
    static final int KEPT = 8;
    /** Versions' records kept for comparing them: each far smaller than a full map (no backdrop, no launch geography). */
    static final int KEPT_RECORDS = 32;

    private record Log(long newest, List<Published> entries) {
    }

    private final VersionStore versions;
    private final MapStore store;
    private final KeptReads<Long, LoadedDataset> kept = new KeptReads<>(KEPT);
    private final KeptReads<Long, LoadedDataset> keptRecords = new KeptReads<>(KEPT_RECORDS);
    private final Map<String, Log> logs = new java.util.concurrent.ConcurrentHashMap<>();

    Archive(VersionStore versions, MapStore store) {
        this.versions = versions;
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LoadedDataset> version(String slug, String version) {
        return versions.named(version).filter(stored -> stored.version().slug().equals(slug)).map(this::read);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LoadedDataset> byVersion(String version) {
        return versions.named(version).map(this::read);
    }

    /**
     * What readers read of the strikes of version {@code version} of the map {@code slug} ({@link MapReader#records}),
     * enough to tell what changed ({@link VersionDiff}, {@link Corrections}); not a map to show.
     */
    @Transactional(readOnly = true)
    Optional<LoadedDataset> records(String slug, String version) {
        return versions.named(version).filter(stored -> stored.version().slug().equals(slug)).map(this::records);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Published> log(String slug) {
        Optional<MapStore.StoredMap> map = store.map(slug);
        if (map.isEmpty()) {
            return List.of();
        }
        List<VersionStore.Stored> all = versions.all(map.get().id());
        if (all.isEmpty()) {
            return List.of();
        }
        long newest = all.getFirst().id();
        Log log = logs.get(slug);
        if (log == null || log.newest() != newest) {
            log = new Log(newest, extend(log, all));
            logs.put(slug, log);
        }
        return log.entries();
    }

    /**
     * The log of {@code newestFirst}: the entries of {@code kept} still there, and the versions published since,
     * each against the one before (the first version has no changes: it is the start).
     */
    private List<Published> extend(Log kept, List<VersionStore.Stored> newestFirst) {
        List<VersionStore.Stored> oldestFirst = newestFirst.reversed();
        int known = kept == null ? -1 : indexOf(oldestFirst, kept.newest());
        if (known < 0 || kept.entries().size() != known + 1) {
            return build(oldestFirst, List.of(), null);
        }
        return build(oldestFirst.subList(known + 1, oldestFirst.size()), kept.entries(), records(oldestFirst.get(known)));
    }

    private static int indexOf(List<VersionStore.Stored> versions, long id) {
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    /** {@code keptNewestFirst} with the entries of {@code oldestFirst} on top, the first against {@code before}. */
    private List<Published> build(List<VersionStore.Stored> oldestFirst, List<Published> keptNewestFirst, LoadedDataset before) {
        List<Published> entries = new ArrayList<>(keptNewestFirst.reversed());
        for (VersionStore.Stored stored : oldestFirst) {
            LoadedDataset after = records(stored);
            List<VersionDiff.StrikeChange> changes = before == null ? List.of() : VersionDiff.between(before, after);
            Map<String, List<String>> sentences = new LinkedHashMap<>();
            for (Locale language : Languages.offered(after.description().languages())) {
                sentences.put(Languages.tag(language), Corrections.sentences(changes, before, after, Messages.of(language)));
            }
            entries.add(new Published(stored.version().version(), stored.version().publishedAt(), stored.version().note(),
                    changes, sentences));
            before = after;
        }
        return List.copyOf(entries.reversed());
    }

    private LoadedDataset read(VersionStore.Stored stored) {
        String slug = stored.version().slug();
        return kept.get(stored.id(), id -> MapReader.files(versions.files(id), slug, "versions/" + slug + "/"));
    }

    /** A version's records: from its full read when that is kept, else read (and kept) on their own. */
    private LoadedDataset records(VersionStore.Stored stored) {
        String slug = stored.version().slug();
        return kept.ifKept(stored.id()).orElseGet(() -> keptRecords.get(stored.id(),
                id -> MapReader.records(versions.files(id), slug, "versions/" + slug + "/")));
    }
}
