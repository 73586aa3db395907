package org.strikemap.publish;

import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.strikemap.account.Editor;
import org.strikemap.account.NotAllowed;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.dataset.MapStore;
import org.strikemap.ingest.MapExport;
import org.strikemap.ingest.MapReader;
import org.strikemap.revision.RevisionStore;

/**
 * Writes a map's draft as a new version, in the caller's transaction, checking nobody: the one place versions are
 * made. Package-private on purpose: people publish through {@link PublishService}, which checks their right first;
 * only the data/ folders' own publication at start-up ({@link FolderMaps}, as {@link Editor#FILES}) calls it directly.
 * Readers of this instance see the version once the transaction commits.
 */
@Component
class VersionWriter {

    private final MapStore store;
    private final VersionStore versions;
    private final RevisionStore revisions;
    private final PublishedMaps published;
    private final Clock clock = Clock.systemUTC();

    VersionWriter(MapStore store, VersionStore versions, RevisionStore revisions, PublishedMaps published) {
        this.store = store;
        this.versions = versions;
        this.revisions = revisions;
        this.published = published;
    }

    Version write(String slug, Editor by, String note) {
        MapStore.StoredMap map = store.lock(slug).orElseThrow(() -> new NotAllowed("no map " + slug));
        LoadedDataset draft = store.read(slug).orElseThrow();
        Map<String, byte[]> files = MapExport.files(draft);
        LoadedDataset read = MapReader.files(files, slug, "versions/" + slug + "/");
        Version version = new Version(slug, read.version(), clock.instant(), by, note, revisions.lastId(map.id()));
        versions.insert(map.id(), version, read.hash(), files);
        published.afterCommit();
        return version;
    }
}
