package org.strikemap.draft;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strikemap.account.Editor;
import org.strikemap.account.NotAllowed;
import org.strikemap.account.People;
import org.strikemap.dataset.DatasetDescription;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.dataset.MapStore;
import org.strikemap.geo.Bounds;
import org.strikemap.ingest.IngestProperties;
import org.strikemap.ingest.MapSlug;
import org.strikemap.ingest.MapReader;
import org.strikemap.ingest.RecordRules;
import org.strikemap.launch.LaunchSite;
import org.strikemap.launch.Ring;
import org.strikemap.region.Area;
import org.strikemap.revision.Made;
import org.strikemap.revision.RevisionStore;
import org.strikemap.source.Claim;
import org.strikemap.source.Source;
import org.strikemap.strike.Strike;

/**
 * A map's working copy, changed one record at a time by the people allowed to edit it. Every save is checked by the
 * same rules as the loader's ({@link RecordRules}), names the revision it started from (a save that started from an
 * older one is refused with {@link EditConflict}: nothing is lost), and writes the change and its revision in one
 * transaction. Readers never see a draft: they see what {@code publish} makes of it.
 */
@Service
public class DraftService {

    private final MapStore store;
    private final RevisionStore revisions;
    private final People people;
    private final IngestProperties files;
    private final Clock clock;

    DraftService(MapStore store, RevisionStore revisions, People people, IngestProperties files) {
        this.store = store;
        this.revisions = revisions;
        this.people = people;
        this.files = files;
        this.clock = Clock.systemUTC();
    }

    /** The working copy of {@code slug}, with each record's latest revision number. */
    @Transactional(readOnly = true)
    public Draft open(String slug, Editor who) {
        MapStore.StoredMap map = editable(slug, who);
        Map<RecordKey, Long> numbers = new HashMap<>();
        revisions.numbers(map.id()).forEach((key, number) ->
                numbers.put(new RecordKey(RecordKind.valueOf(key.kind()), key.recordId()), number));
        return new Draft(slug, store.read(slug).orElseThrow(), numbers, map.archived());
    }

    /** The working copy exactly as readers would see it once published. */
    @Transactional(readOnly = true)
    public LoadedDataset preview(String slug, Editor who) {
        editable(slug, who);
        return store.read(slug).orElseThrow();
    }

    @Transactional
    public long save(String slug, Strike strike, long expected, Editor who, String why) {
        MapStore.StoredMap map = editable(slug, who);
        refuseIf(RecordRules.strike(strike, store.regions(map.id()), store.sourceIds(map.id())));
        long number = append(map, new RecordKey(RecordKind.STRIKE, strike.id()), expected, who, why, strike);
        store.put(map.id(), strike);
        return number;
    }

    @Transactional
    public long save(String slug, Claim claim, long expected, Editor who, String why) {
        MapStore.StoredMap map = editable(slug, who);
        Set<String> subjects = new HashSet<>(store.strikeIds(map.id()));
        subjects.add(Claim.DATASET);
        refuseIf(RecordRules.claim(claim, subjects, store.sourceIds(map.id())));
        long number = append(map, new RecordKey(RecordKind.CLAIM, claim.id()), expected, who, why, claim);
        store.put(map.id(), claim);
        return number;
    }

    @Transactional
    public long save(String slug, Source source, long expected, Editor who, String why) {
        MapStore.StoredMap map = editable(slug, who);
        refuseIf(RecordRules.source(source));
        long number = append(map, new RecordKey(RecordKind.SOURCE, source.id()), expected, who, why, source);
        store.put(map.id(), source);
        return number;
    }

    @Transactional
    public long save(String slug, LaunchSite site, long expected, Editor who, String why) {
        MapStore.StoredMap map = editable(slug, who);
        refuseIf(store.sourceIds(map.id()).contains(site.citation().sourceId()) ? List.of()
                : List.of("source " + site.citation().sourceId() + " is not one of the map's reports"));
        long number = append(map, new RecordKey(RecordKind.LAUNCH_SITE, site.id()), expected, who, why, site);
        store.put(map.id(), site);
        return number;
    }

    @Transactional
    public long save(String slug, Ring ring, long expected, Editor who, String why) {
        MapStore.StoredMap map = editable(slug, who);
        boolean siteKnown = store.launch(map.id()).sites().stream().anyMatch(site -> site.id().equals(ring.launchSite()));
        refuseIf(siteKnown ? List.of() : List.of("launch site " + ring.launchSite() + " is not one of the map's"));
        long number = append(map, new RecordKey(RecordKind.RING, ring.id()), expected, who, why, ring);
        store.put(map.id(), ring);
        return number;
    }

    /** The map's own words and framing; the area of a map cannot change here (its regions would). */
    @Transactional
    public long save(String slug, DatasetDescription words, long expected, Editor who, String why) {
        MapStore.StoredMap map = editable(slug, who);
        DatasetDescription stored = store.read(slug).orElseThrow().description();
        refuseIf(stored.area().equals(words.area()) ? List.of()
                : List.of("the area is " + stored.area() + "; a map's area cannot change once it is made"));
        long number = append(map, new RecordKey(RecordKind.WORDS, slug), expected, who, why, words);
        store.put(map.id(), words);
        return number;
    }

    /**
     * Deletes a record. A strike takes its claims with it (each deletion a revision); a report still cited, or a launch
     * site with rings, is refused with what cites it.
     */
    @Transactional
    public void delete(String slug, RecordKey key, long expected, Editor who, String why) {
        MapStore.StoredMap map = editable(slug, who);
        LoadedDataset content = store.read(slug).orElseThrow();
        switch (key.kind()) {
            case STRIKE -> {
                Strike strike = content.strikes().find(key.id()).orElseThrow(() -> new RecordRefused(List.of("no strike " + key.id())));
                append(map, key, expected, who, why, strike, true);
                for (Claim claim : content.sources().claimsAbout(key.id())) {
                    RecordKey claimKey = new RecordKey(RecordKind.CLAIM, claim.id());
                    append(map, claimKey, revisions.latest(map.id(), storeKey(claimKey)).map(r -> r.number()).orElse(0L), who,
                            why, claim, true);
                    store.removeClaim(map.id(), claim.id());
                }
                store.removeStrike(map.id(), key.id());
            }
            case CLAIM -> {
                Claim claim = content.sources().claims().stream().filter(c -> c.id().equals(key.id())).findFirst()
                        .orElseThrow(() -> new RecordRefused(List.of("no claim " + key.id())));
                append(map, key, expected, who, why, claim, true);
                store.removeClaim(map.id(), key.id());
            }
            case SOURCE -> {
                Source source = content.sources().find(key.id()).orElseThrow(() -> new RecordRefused(List.of("no report " + key.id())));
                refuseIf(citing(content, key.id()));
                append(map, key, expected, who, why, source, true);
                store.removeSource(map.id(), key.id());
            }
            case LAUNCH_SITE -> {
                LaunchSite site = content.launch().sites().stream().filter(s -> s.id().equals(key.id())).findFirst()
                        .orElseThrow(() -> new RecordRefused(List.of("no launch site " + key.id())));
                refuseIf(content.launch().rings().stream().filter(ring -> ring.launchSite().equals(key.id()))
                        .map(ring -> "the range ring " + ring.id() + " is drawn around it").toList());
                append(map, key, expected, who, why, site, true);
                store.removeSite(map.id(), key.id());
            }
            case RING -> {
                Ring ring = content.launch().rings().stream().filter(r -> r.id().equals(key.id())).findFirst()
                        .orElseThrow(() -> new RecordRefused(List.of("no range ring " + key.id())));
                append(map, key, expected, who, why, ring, true);
                store.removeRing(map.id(), ring);
            }
            case WORDS -> throw new RecordRefused(List.of("a map's own words cannot be deleted; archive the map instead"));
        }
    }

    /**
     * The changes made to {@code slug}'s draft after the revision with store id {@code afterRevision} (the last one a
     * version includes), oldest first, each with the record before and after it.
     */
    @Transactional(readOnly = true)
    public List<Change> changesSince(String slug, long afterRevision) {
        int map = store.map(slug).orElseThrow(() -> new RecordRefused(List.of("no map " + slug))).id();
        return revisions.since(map, afterRevision).stream().map(revision -> {
            RecordKey key = new RecordKey(RecordKind.valueOf(revision.kind()), revision.recordId());
            Object before = revisions.before(map, storeKey(key), revision.number())
                    .filter(previous -> !previous.deleted()).map(previous -> RecordJson.read(key.kind(), previous.json()))
                    .orElse(null);
            Object after = revision.deleted() ? null : RecordJson.read(key.kind(), revision.json());
            return new Change(key, revision.made(), before, after);
        }).toList();
    }

    /** A record's revisions, newest first: who, when, why, and the record each left. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(String slug, RecordKey key, Editor who) {
        MapStore.StoredMap map = editable(slug, who);
        return revisions.history(map.id(), storeKey(key)).stream().map(revision -> new HistoryEntry(revision.number(),
                revision.made(), revision.deleted(), RecordJson.read(key.kind(), revision.json()))).toList();
    }

    /** The map's deleted records: each one's deletion (its record as it was when deleted), newest first. */
    @Transactional(readOnly = true)
    public List<Change> deleted(String slug, Editor who) {
        MapStore.StoredMap map = editable(slug, who);
        return revisions.deletedLatest(map.id()).stream().map(revision -> new Change(
                new RecordKey(RecordKind.valueOf(revision.kind()), revision.recordId()), revision.made(),
                RecordJson.read(RecordKind.valueOf(revision.kind()), revision.json()), null)).toList();
    }

    /**
     * Saves the record as revision {@code number} left it (a deleted one as it was), as a new revision: nothing is
     * rewritten, and the restored record passes the same checks as any save. Returns the new revision's number.
     */
    @Transactional
    public long restore(String slug, RecordKey key, long number, Editor who, String why) {
        MapStore.StoredMap map = editable(slug, who);
        var revision = revisions.history(map.id(), storeKey(key)).stream().filter(r -> r.number() == number).findFirst()
                .orElseThrow(() -> new RecordRefused(List.of("no revision " + number + " of " + key.id())));
        long latest = revisions.latest(map.id(), storeKey(key)).orElseThrow().number();
        String reason = why == null || why.isBlank() ? "restored revision " + number : why;
        return switch (RecordJson.read(key.kind(), revision.json())) {
            case Strike strike -> save(slug, strike, latest, who, reason);
            case Claim claim -> save(slug, claim, latest, who, reason);
            case Source source -> save(slug, source, latest, who, reason);
            case LaunchSite site -> save(slug, site, latest, who, reason);
            case Ring ring -> save(slug, ring, latest, who, reason);
            case DatasetDescription words -> save(slug, words, latest, who, reason);
            default -> throw new IllegalStateException("no record kind " + key.kind());
        };
    }

    /**
     * Makes {@code content} the map's whole draft in one transaction (an import): every record added, changed or gone
     * becomes a revision by {@code who}, with {@code why}. Its outlines and area must be the map's. Returns how many
     * records changed. The content is read and checked by the caller (the importer reads files as the loader does).
     */
    @Transactional
    public int replaceAll(String slug, LoadedDataset content, Editor who, String why) {
        MapStore.StoredMap map = editable(slug, who);
        LoadedDataset before = store.read(slug).orElseThrow();
        refuseIf(before.description().area().equals(content.description().area()) ? List.of()
                : List.of("the area is " + before.description().area() + "; an import cannot change it"));
        var entries = DraftDiff.entries(before, content);
        store.replace(content, map.position());
        store.filesApplied(map.id(), map.filesHash());
        revisions.appendAll(map.id(), entries, new Made(who, clock.instant(), why));
        return entries.size();
    }

    /** Creates a map with its words and outlines and no records yet; returns its slug. Admins only. */
    @Transactional
    public String create(NewMap spec, Editor who) {
        if (!people.isAdmin(who)) {
            throw new NotAllowed("only an admin creates maps");
        }
        MapSlug.problem(spec.slug()).ifPresent(problem -> {
            throw new RecordRefused(List.of(problem));
        });
        if (store.map(spec.slug()).isPresent()) {
            throw new RecordRefused(List.of("a map with the slug " + spec.slug() + " exists already"));
        }
        Map<String, String> pairs = new java.util.LinkedHashMap<>();
        spec.title().byLanguage().forEach((tag, words) ->
                pairs.put(tag.equals(spec.title().original()) ? "title" : "title_" + tag, words));
        pairs.put("language", spec.title().original());
        pairs.put("view_south", Double.toString(spec.view().south()));
        pairs.put("view_west", Double.toString(spec.view().west()));
        pairs.put("view_north", Double.toString(spec.view().north()));
        pairs.put("view_east", Double.toString(spec.view().east()));
        pairs.put("area", spec.area().toString());
        DatasetDescription words = DatasetDescription.of(pairs);
        int id = store.create(MapReader.empty(spec.slug(), words, files.boundariesDir()));
        revisions.append(id, storeKey(new RecordKey(RecordKind.WORDS, spec.slug())), 0,
                new Made(who, clock.instant(), "map created"), false, RecordJson.write(words));
        return spec.slug();
    }

    /** The countries a new map's area may take: those whose regions the boundary library holds (ISO 3166-1 alpha-2). */
    public List<String> areaCountries() {
        return MapReader.areaCountries(files.boundariesDir());
    }

    /** Where a new map with {@code area} first looks: its regions' extent (the world for none). */
    public Bounds viewOf(Area area) {
        return MapReader.viewOf(area, files.boundariesDir());
    }

    @Transactional
    public void archive(String slug, Editor who, boolean archived) {
        if (!people.isAdmin(who)) {
            throw new NotAllowed("only an admin archives maps");
        }
        store.archive(store.map(slug).orElseThrow(() -> new RecordRefused(List.of("no map " + slug))).id(), archived);
    }

    private MapStore.StoredMap editable(String slug, Editor who) {
        if (who == null) {
            throw new NotAllowed("sign in to edit maps");
        }
        MapStore.StoredMap map = store.map(slug).orElseThrow(() -> new RecordRefused(List.of("no map " + slug)));
        if (!people.canEdit(who, slug)) {
            throw new NotAllowed(who.name() + " may not edit " + slug);
        }
        return map;
    }

    private long append(MapStore.StoredMap map, RecordKey key, long expected, Editor who, String why, Object record) {
        return append(map, key, expected, who, why, record, false);
    }

    private long append(MapStore.StoredMap map, RecordKey key, long expected, Editor who, String why, Object record,
                        boolean deleted) {
        try {
            return revisions.append(map.id(), storeKey(key), expected, new Made(who, clock.instant(), why), deleted,
                    RecordJson.write(record)).number();
        } catch (org.strikemap.revision.StaleRevision stale) {
            var latest = stale.latest();
            throw new EditConflict(key, latest == null || latest.deleted() ? null : RecordJson.read(key.kind(), latest.json()),
                    latest == null ? "" : latest.made().by().name(), latest == null ? null : latest.made().at(),
                    latest == null ? 0 : latest.number());
        }
    }

    static RevisionStore.Key storeKey(RecordKey key) {
        return new RevisionStore.Key(key.kind().name(), key.id());
    }

    private static List<String> citing(LoadedDataset content, String sourceId) {
        List<String> reasons = new java.util.ArrayList<>();
        content.strikes().all().stream().filter(s -> s.sourceId().equals(sourceId))
                .forEach(s -> reasons.add("strike " + s.id() + " cites it"));
        content.sources().claims().stream().filter(c -> c.sourceId().equals(sourceId))
                .forEach(c -> reasons.add("claim " + c.id() + " cites it"));
        content.launch().sites().stream().filter(s -> s.citation().sourceId().equals(sourceId))
                .forEach(s -> reasons.add("launch site " + s.id() + " cites it"));
        content.launch().rings().stream().filter(r -> r.citation().sourceId().equals(sourceId))
                .forEach(r -> reasons.add("range ring " + r.id() + " cites it"));
        return reasons;
    }

    private static void refuseIf(List<String> reasons) {
        if (!reasons.isEmpty()) {
            throw new RecordRefused(reasons);
        }
    }
}
