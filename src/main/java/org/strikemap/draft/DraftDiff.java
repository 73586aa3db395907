package org.strikemap.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.revision.RevisionStore;

/**
 * The revisions that turn one whole draft into another (a folder of data/ loaded over a map): a revision for every
 * record added or changed, a deleting one for every record gone. Records are compared as their revisions keep them.
 */
public final class DraftDiff {

    private DraftDiff() {
    }

    /** {@code before} null: every record of {@code after} is new. */
    public static List<RevisionStore.Entry> entries(LoadedDataset before, LoadedDataset after) {
        Map<RecordKey, Object> old = before == null ? Map.of() : records(before);
        Map<RecordKey, Object> now = records(after);
        List<RevisionStore.Entry> entries = new ArrayList<>();
        now.forEach((key, record) -> {
            String json = RecordJson.write(record);
            Object was = old.get(key);
            if (was == null || !RecordJson.write(was).equals(json)) {
                entries.add(new RevisionStore.Entry(DraftService.storeKey(key), false, json));
            }
        });
        old.forEach((key, record) -> {
            if (!now.containsKey(key)) {
                entries.add(new RevisionStore.Entry(DraftService.storeKey(key), true, RecordJson.write(record)));
            }
        });
        return entries;
    }

    /** Every record of a map by key, in the map's order. */
    static Map<RecordKey, Object> records(LoadedDataset map) {
        Map<RecordKey, Object> records = new LinkedHashMap<>();
        records.put(new RecordKey(RecordKind.WORDS, map.slug()), map.description());
        map.sources().all().forEach(source -> records.put(new RecordKey(RecordKind.SOURCE, source.id()), source));
        map.strikes().all().forEach(strike -> records.put(new RecordKey(RecordKind.STRIKE, strike.id()), strike));
        map.sources().claims().forEach(claim -> records.put(new RecordKey(RecordKind.CLAIM, claim.id()), claim));
        map.launch().sites().forEach(site -> records.put(new RecordKey(RecordKind.LAUNCH_SITE, site.id()), site));
        map.launch().rings().forEach(ring -> records.put(new RecordKey(RecordKind.RING, ring.id()), ring));
        return records;
    }
}
