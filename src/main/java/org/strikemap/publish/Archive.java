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
 * and each map's log of corrections: every version with what changed from the one before, worded in every language
 * the map is offered in. A new version adds its entry to the log kept (reading it and the one before), so a
 * publication costs two reads, not one per version. Limits: the first log after a start reads every version once.
 */
@Service
class Archive implements VersionArchive {

    /** Versions kept read in memory, beyond the latest ones readers see. */
    static final int KEPT = 8;

    private record Log(long newest, List<Published> entries) {
    }

    private final VersionStore versions;
    private final MapStore store;
    private final Map<Long, LoadedDataset> kept = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, LoadedDataset> eldest) {
            return size() > KEPT;
        }
    };
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
        return build(oldestFirst.subList(known + 1, oldestFirst.size()), kept.entries(), read(oldestFirst.get(known)));
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
            LoadedDataset after = read(stored);
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
        synchronized (kept) {
            LoadedDataset read = kept.get(stored.id());
            if (read == null) {
                String slug = stored.version().slug();
                read = MapReader.files(versions.files(stored.id()), slug, "versions/" + slug + "/");
                kept.put(stored.id(), read);
            }
            return read;
        }
    }
}
