package org.strikemap.edit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.strikemap.dataset.DatasetDescription;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.edit.contract.account.Editor;
import org.strikemap.edit.contract.account.MapRole;
import org.strikemap.edit.contract.account.NotAllowed;
import org.strikemap.edit.contract.account.People;
import org.strikemap.edit.contract.draft.Change;
import org.strikemap.edit.contract.draft.Draft;
import org.strikemap.edit.contract.draft.DraftService;
import org.strikemap.edit.contract.draft.EditConflict;
import org.strikemap.edit.contract.draft.MapSummary;
import org.strikemap.edit.contract.draft.NewMap;
import org.strikemap.edit.contract.draft.RecordKey;
import org.strikemap.edit.contract.publish.PublishCheck;
import org.strikemap.edit.contract.publish.PublishService;
import org.strikemap.edit.contract.publish.Version;
import org.strikemap.launch.LaunchSite;
import org.strikemap.launch.Ring;
import org.strikemap.source.Claim;
import org.strikemap.source.Source;
import org.strikemap.strike.Strike;

/**
 * Test only: the account, draft and publish services as their contracts (edit.contract) describe them, in memory, so
 * the editor is exercised end to end in a browser before the real ones land: revisions checked on every save (the
 * second of two conflicting saves gets EditConflict with what is stored), rights per map, the two-person rule and
 * the quote check on publishing. Not the real rules of a record (RecordDraft does only what the tests need).
 * Thread-safe by one lock: browser tests call it from Vaadin's request threads.
 */
class FakeNewsroom implements People, DraftService, PublishService {

    static final Editor ADMIN = new Editor(1, "Ada Admin");
    static final Editor REVIEWER = new Editor(2, "Rita Reviewer");
    static final Editor EDITOR = new Editor(3, "Ed Editor");
    static final Editor STRANGER = new Editor(4, "Sam Stranger");

    /** One map's working copy and what happened to it since its last version. */
    private static final class Working {
        LoadedDataset content;
        final Map<RecordKey, Long> revisions = new LinkedHashMap<>();
        final Map<RecordKey, Change> last = new LinkedHashMap<>();
        final List<Change> changes = new ArrayList<>();
        final Map<Long, MapRole> roles = new LinkedHashMap<>();
        boolean archived;
        int versions;
        Instant publishedAt;
    }

    private final Map<String, Working> maps = new LinkedHashMap<>();
    private volatile Editor signedIn;

    synchronized void add(LoadedDataset map) {
        Working working = new Working();
        working.content = map;
        RecordDraft.keys(map).forEach(key -> working.revisions.put(key, 1L));
        working.roles.put(REVIEWER.id(), MapRole.REVIEWER);
        working.roles.put(EDITOR.id(), MapRole.EDITOR);
        working.versions = 1;
        working.publishedAt = Instant.parse("2024-02-22T12:00:00Z");
        maps.put(map.slug(), working);
    }

    void signIn(Editor who) {
        this.signedIn = who;
    }

    /** A colleague's save behind the person's back: the next save of the same record by the person conflicts. */
    synchronized void saveAs(Editor who, String slug, Object record, Instant at) {
        write(slug, record, maps.get(slug).revisions.getOrDefault(RecordDraft.key(record, slug), 0L), who, "", at);
    }

    synchronized LoadedDataset content(String slug) {
        return maps.get(slug).content;
    }

    synchronized int versions(String slug) {
        return maps.get(slug).versions;
    }

    // People

    @Override
    public Optional<Editor> current() {
        return Optional.ofNullable(signedIn);
    }

    @Override
    public boolean isAdmin(Editor who) {
        return who.id() == ADMIN.id();
    }

    @Override
    public synchronized boolean canEdit(Editor who, String slug) {
        return isAdmin(who) || (maps.containsKey(slug) && maps.get(slug).roles.containsKey(who.id()));
    }

    @Override
    public synchronized boolean canReview(Editor who, String slug) {
        return isAdmin(who) || (maps.containsKey(slug) && maps.get(slug).roles.get(who.id()) == MapRole.REVIEWER);
    }

    @Override
    public synchronized void grant(Editor admin, long person, String slug, MapRole role) {
        requireAdmin(admin);
        maps.get(slug).roles.put(person, role);
    }

    @Override
    public synchronized List<String> mapsOf(Editor who) {
        return maps.keySet().stream().filter(slug -> canEdit(who, slug)).toList();
    }

    @Override
    public synchronized List<Grant> grants(Editor admin, String slug) {
        requireAdmin(admin);
        return maps.get(slug).roles.entrySet().stream().map(entry -> new Grant(everyone(admin).stream()
                .filter(person -> person.id() == entry.getKey()).findFirst().orElseThrow(), entry.getValue())).toList();
    }

    @Override
    public synchronized void revoke(Editor admin, long person, String slug) {
        requireAdmin(admin);
        maps.get(slug).roles.remove(person);
    }

    @Override
    public List<Editor> everyone(Editor admin) {
        requireAdmin(admin);
        return List.of(ADMIN, REVIEWER, EDITOR, STRANGER);
    }

    private void requireAdmin(Editor who) {
        if (!isAdmin(who)) {
            throw new NotAllowed(who.name() + " is no admin");
        }
    }

    // DraftService

    @Override
    public synchronized List<MapSummary> maps(Editor who) {
        return mapsOf(who).stream().map(slug -> {
            Working working = maps.get(slug);
            return new MapSummary(slug, working.content.description().words().title(),
                    working.content.description().area(), working.content.strikes().all().size(), working.changes.size(),
                    working.versions == 0 ? null : new MapSummary.Published(working.versions, working.publishedAt),
                    working.archived);
        }).toList();
    }

    @Override
    public synchronized Draft open(String slug, Editor who) {
        Working working = working(slug, who);
        return new Draft(slug, working.content, Map.copyOf(working.revisions), working.archived);
    }

    @Override
    public long save(String slug, Strike strike, long expected, Editor who, String why) {
        return saveRecord(slug, strike, expected, who, why);
    }

    @Override
    public long save(String slug, Claim claim, long expected, Editor who, String why) {
        return saveRecord(slug, claim, expected, who, why);
    }

    @Override
    public long save(String slug, Source source, long expected, Editor who, String why) {
        return saveRecord(slug, source, expected, who, why);
    }

    @Override
    public long save(String slug, LaunchSite site, long expected, Editor who, String why) {
        return saveRecord(slug, site, expected, who, why);
    }

    @Override
    public long save(String slug, Ring ring, long expected, Editor who, String why) {
        return saveRecord(slug, ring, expected, who, why);
    }

    @Override
    public long save(String slug, DatasetDescription words, long expected, Editor who, String why) {
        return saveRecord(slug, words, expected, who, why);
    }

    private synchronized long saveRecord(String slug, Object record, long expected, Editor who, String why) {
        working(slug, who);
        return write(slug, record, expected, who, why, Instant.now());
    }

    @Override
    public synchronized void delete(String slug, RecordKey key, long expected, Editor who, String why) {
        Working working = working(slug, who);
        long stored = working.revisions.getOrDefault(key, 0L);
        if (stored != expected) {
            throw conflict(working, key, stored);
        }
        Object before = RecordDraft.find(working.content, key);
        working.content = RecordDraft.remove(working.content, key);
        working.revisions.put(key, stored + 1);
        record(working, new Change(key, who, Instant.now(), why, before, null));
    }

    private long write(String slug, Object record, long expected, Editor who, String why, Instant at) {
        Working working = maps.get(slug);
        RecordKey key = RecordDraft.key(record, slug);
        long stored = working.revisions.getOrDefault(key, 0L);
        if (stored != expected) {
            throw conflict(working, key, stored);
        }
        Object before = RecordDraft.find(working.content, key);
        working.content = RecordDraft.put(working.content, record);
        working.revisions.put(key, stored + 1);
        record(working, new Change(key, who, at, why, before, record));
        return stored + 1;
    }

    private static EditConflict conflict(Working working, RecordKey key, long stored) {
        Change last = working.last.get(key);
        return new EditConflict(key, RecordDraft.find(working.content, key), last == null ? "data/ files" : last.author().name(),
                last == null ? Instant.EPOCH : last.at(), stored);
    }

    private static void record(Working working, Change change) {
        working.changes.add(change);
        working.last.put(change.key(), change);
    }

    @Override
    public String create(NewMap map, Editor who) {
        throw new IllegalArgumentException("this fake makes no maps");
    }

    @Override
    public synchronized void archive(String slug, Editor who) {
        requireAdmin(who);
        maps.get(slug).archived = true;
    }

    @Override
    public synchronized void unarchive(String slug, Editor who) {
        requireAdmin(who);
        maps.get(slug).archived = false;
    }

    @Override
    public synchronized List<Change> changesSinceVersion(String slug) {
        return List.copyOf(maps.get(slug).changes);
    }

    @Override
    public synchronized LoadedDataset preview(String slug, Editor who) {
        return working(slug, who).content;
    }

    @Override
    public List<String> areaCountries() {
        return List.of("PL", "UA");
    }

    // PublishService

    @Override
    public synchronized PublishCheck check(String slug, Editor reviewer) {
        Working working = maps.get(slug);
        if (!canReview(reviewer, slug)) {
            return new PublishCheck(PublishCheck.Refusal.NOT_A_REVIEWER, List.of());
        }
        if (working.changes.isEmpty()) {
            return new PublishCheck(PublishCheck.Refusal.NOTHING_TO_PUBLISH, List.of());
        }
        if (working.changes.stream().allMatch(change -> change.author().id() == reviewer.id())) {
            return new PublishCheck(PublishCheck.Refusal.TWO_PERSON_REVIEW, List.of());
        }
        List<RecordKey> unchecked = RecordDraft.uncheckedQuotes(working.content);
        return unchecked.isEmpty() ? PublishCheck.allowed()
                : new PublishCheck(PublishCheck.Refusal.QUOTES_NOT_CHECKED, unchecked);
    }

    @Override
    public synchronized Version publish(String slug, Editor reviewer, String note) {
        PublishCheck check = check(slug, reviewer);
        if (!check.isAllowed()) {
            throw new NotAllowed(check.refusal().name());
        }
        Working working = maps.get(slug);
        working.versions++;
        working.publishedAt = Instant.now();
        working.changes.clear();
        return new Version(slug, Integer.toHexString(Objects.hash(working.content)), working.versions, working.publishedAt,
                note);
    }

    private Working working(String slug, Editor who) {
        Working working = maps.get(slug);
        if (working == null) {
            throw new IllegalArgumentException("no map " + slug);
        }
        if (!canEdit(who, slug)) {
            throw new NotAllowed(who.name() + " may not edit " + slug);
        }
        return working;
    }
}
