package org.strikemap.publish;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strikemap.account.AuditLog;
import org.strikemap.account.Editor;
import org.strikemap.account.NotAllowed;
import org.strikemap.account.People;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.dataset.MapStore;
import org.strikemap.draft.Change;
import org.strikemap.draft.DraftService;
import org.strikemap.i18n.Text;
import org.strikemap.map.VersionArchive;
import org.strikemap.map.VersionDiff;
import org.strikemap.region.Area;
import org.strikemap.revision.RevisionStore;

/**
 * Draft to version: a reviewer of a map publishes its draft as an immutable version, named by the content hash of the
 * map's files, which readers everywhere then see (this instance at once, others within their next poll,
 * {@link PublishedMaps}). With two-person review (each map's setting, on by default) the reviewer cannot be an author
 * of the changes published.
 */
@Service
public class PublishService {

    /** Whether a person may publish a map now, and if not, why. */
    public record PublishCheck(boolean allowed, String reason) {

        static PublishCheck yes() {
            return new PublishCheck(true, null);
        }

        static PublishCheck no(String reason) {
            return new PublishCheck(false, reason);
        }
    }

    /** A map as the editor lists it: its title, area, strikes in the draft, unpublished changes, last version. */
    public record MapSummary(String slug, Text title, Area area, int strikes, int changes, Optional<Version> published,
                             boolean archived) {
    }

    private final MapStore store;
    private final VersionStore versions;
    private final RevisionStore revisions;
    private final DraftService drafts;
    private final People people;
    private final AuditLog audit;
    private final VersionWriter writer;
    private final VersionArchive archive;

    PublishService(MapStore store, VersionStore versions, RevisionStore revisions, DraftService drafts, People people,
                   AuditLog audit, VersionWriter writer, VersionArchive archive) {
        this.store = store;
        this.versions = versions;
        this.revisions = revisions;
        this.drafts = drafts;
        this.people = people;
        this.audit = audit;
        this.writer = writer;
        this.archive = archive;
    }

    /** The maps {@code who} may edit, archived ones too, in order. */
    @Transactional(readOnly = true)
    public List<MapSummary> maps(Editor who) {
        return store.maps().stream().filter(map -> who != null && people.canEdit(who, map.slug())).map(map -> {
            var words = store.description(map.id());
            Optional<Version> last = versions.latest(map.id()).map(VersionStore.Stored::version);
            int changes = revisions.countSince(map.id(), last.map(Version::lastRevision).orElse(0L));
            return new MapSummary(map.slug(), words.words().title(), words.area(), store.strikeCount(map.id()), changes,
                    last, map.archived());
        }).toList();
    }

    /** The changes of the draft since the last version, oldest first. */
    @Transactional(readOnly = true)
    public List<Change> changes(String slug) {
        MapStore.StoredMap map = store.map(slug).orElseThrow(() -> new NotAllowed("no map " + slug));
        return drafts.changesSince(slug, versions.latest(map.id()).map(stored -> stored.version().lastRevision()).orElse(0L));
    }

    /** The map's versions, newest first. */
    @Transactional(readOnly = true)
    public List<Version> versions(String slug) {
        MapStore.StoredMap map = store.map(slug).orElseThrow(() -> new NotAllowed("no map " + slug));
        return versions.all(map.id()).stream().map(VersionStore.Stored::version).toList();
    }

    /**
     * Makes the published version {@code version} the map's draft again (every record it changes a revision by
     * {@code who}), to review and publish like any other change. Returns how many records changed.
     */
    @Transactional
    public int rollBack(String slug, String version, Editor who, String why) {
        LoadedDataset then = archive.version(slug, version)
                .orElseThrow(() -> new NotAllowed("no version " + version + " of " + slug));
        return drafts.replaceAll(slug, then, who, why == null || why.isBlank() ? "rolled back to version " + version : why);
    }

    /** What changed for readers from version {@code from} to version {@code to} of the map. */
    @Transactional(readOnly = true)
    public List<VersionDiff.StrikeChange> compare(String slug, String from, String to) {
        LoadedDataset before = archive.version(slug, from).orElseThrow(() -> new NotAllowed("no version " + from + " of " + slug));
        LoadedDataset after = archive.version(slug, to).orElseThrow(() -> new NotAllowed("no version " + to + " of " + slug));
        return VersionDiff.between(before, after);
    }

    @Transactional(readOnly = true)
    public PublishCheck check(String slug, Editor reviewer) {
        if (reviewer == null || !people.canReview(reviewer, slug)) {
            return PublishCheck.no("only a reviewer of this map publishes it");
        }
        List<Change> changes = changes(slug);
        if (changes.isEmpty()) {
            return PublishCheck.no("nothing has changed since the last version");
        }
        Set<Long> authors = changes.stream().map(change -> change.made().by().id()).collect(Collectors.toSet());
        if (store.twoPersonReview(slug) && authors.contains(reviewer.id())) {
            return PublishCheck.no("two-person review: " + reviewer.name() + " made some of these changes, so another"
                    + " reviewer publishes them");
        }
        return PublishCheck.yes();
    }

    /** Publishes the draft of {@code slug} with a note for readers; {@link NotAllowed} with the reason when it may not. */
    @Transactional
    public Version publish(String slug, Editor reviewer, String note) {
        PublishCheck check = check(slug, reviewer);
        if (!check.allowed()) {
            throw new NotAllowed(check.reason());
        }
        Version version = writer.write(slug, reviewer, note);
        audit.record("publication", reviewer, slug + " version " + version.version() + ": " + (note == null ? "" : note));
        return version;
    }

    /**
     * Publishes the draft of {@code slug} at once for {@code reviewer}, a reviewer of the map, without two-person
     * review: live data that reviewer set up to be published directly (live.LiveData, which audit-logs it). Anyone
     * else gets {@link NotAllowed} and nothing is stored. Readers of this instance see it once the transaction commits.
     */
    @Transactional
    public Version write(String slug, Editor reviewer, String note) {
        if (reviewer == null || !people.canReview(reviewer, slug)) {
            throw new NotAllowed((reviewer == null ? "nobody" : reviewer.name()) + " may not publish " + slug);
        }
        return writer.write(slug, reviewer, note);
    }
}
