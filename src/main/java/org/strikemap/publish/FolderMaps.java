package org.strikemap.publish;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.strikemap.account.Editor;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.dataset.MapStore;
import org.strikemap.draft.DraftDiff;
import org.strikemap.ingest.IngestProperties;
import org.strikemap.ingest.MapReader;
import org.strikemap.revision.Made;
import org.strikemap.revision.RevisionStore;

/**
 * At start, before the server takes requests: every folder of {@code strikemap.data-dir} is read and checked (one bad
 * folder stops the start and changes no map; the start then says why in one line, ops.StartRefusal), then each changed folder is applied to its map in one transaction:
 * its records become the draft (each change a revision by {@link Editor#FILES}) and are published at once. An
 * unchanged folder is skipped. A folder that changed after its map was edited in the browser is NOT applied: nothing
 * an editor saved is ever overwritten by files; the start says so and the map keeps its draft and versions.
 */
@Component
class FolderMaps implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FolderMaps.class);

    /** What a start did with one folder. */
    enum Outcome { LOADED, UNCHANGED, KEPT_EDITS }

    private final MapStore store;
    private final RevisionStore revisions;
    private final PublishService publish;
    private final VersionWriter writer;
    private final PublishedMaps published;
    private final IngestProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock = Clock.systemUTC();

    FolderMaps(MapStore store, RevisionStore revisions, PublishService publish, VersionWriter writer,
               PublishedMaps published, IngestProperties properties, TransactionTemplate transaction) {
        this.store = store;
        this.revisions = revisions;
        this.publish = publish;
        this.writer = writer;
        this.published = published;
        this.properties = properties;
        this.transaction = transaction;
    }

    @Override
    public void afterSingletonsInstantiated() {
        load();
        published.refresh();
        published.requireDefault();
    }

    /** Applies every folder; returns each map's outcome in order. */
    List<Outcome> load() {
        long started = System.nanoTime();
        // A rejected folder stops the start; ops.StartRefusal prints its file:line reason as the start's one line.
        List<LoadedDataset> folders = MapReader.folders(properties.dataDir(), properties.boundariesDir());
        List<Outcome> outcomes = new java.util.ArrayList<>();
        for (int position = 0; position < folders.size(); position++) {
            outcomes.add(apply(folders.get(position), position));
        }
        log.info("{} map folder(s) from {} in {} ms", folders.size(), properties.dataDir().toAbsolutePath().normalize(),
                (System.nanoTime() - started) / 1_000_000);
        return outcomes;
    }

    private Outcome apply(LoadedDataset folder, int position) {
        long started = System.nanoTime();
        Outcome outcome = transaction.execute(status -> {
            store.lockLoads();
            Optional<MapStore.StoredMap> stored = store.map(folder.slug());
            if (stored.isPresent() && stored.get().filesHash().equals(folder.hash())) {
                if (publish.versions(folder.slug()).isEmpty()) {
                    // Applied but never published (a start stopped in between): publish what the files gave.
                    writer.write(folder.slug(), Editor.FILES, "data/" + folder.slug() + "/");
                }
                return Outcome.UNCHANGED;
            }
            if (stored.isPresent() && revisions.changedByOthersSince(stored.get().id(), Editor.FILES)) {
                return Outcome.KEPT_EDITS;
            }
            LoadedDataset before = stored.flatMap(map -> store.read(folder.slug())).orElse(null);
            int id = store.replace(folder, position);
            revisions.appendAll(id, DraftDiff.entries(before, folder), new Made(Editor.FILES, clock.instant(),
                    "data/" + folder.slug() + "/"));
            store.filesApplied(id, folder.hash());
            writer.write(folder.slug(), Editor.FILES, "data/" + folder.slug() + "/");
            return Outcome.LOADED;
        });
        long millis = (System.nanoTime() - started) / 1_000_000;
        switch (outcome) {
            case LOADED -> {
                // "Loaded" promises the map survives a crash; H2 writes a commit to disk only later by itself.
                store.makeDurable();
                log.info("Loaded {} sources, {} strikes, {} claims from data/{}/ in {} ms (map {})",
                        folder.sources().all().size(), folder.strikes().all().size(), folder.sources().claims().size(),
                        folder.slug(), millis, folder.slug());
            }
            case UNCHANGED -> log.info("Dataset in data/{}/ unchanged (sha256 {}), skipped (map {})", folder.slug(),
                    folder.hash().substring(0, 12), folder.slug());
            case KEPT_EDITS -> log.warn("data/{}/ changed, but map {} was edited in the browser since its folder was last"
                    + " loaded: the folder is not applied, so no edit is overwritten. Apply the change in the editor, or"
                    + " export the map, change its files and replace the folder.", folder.slug(), folder.slug());
        }
        return outcome;
    }
}
