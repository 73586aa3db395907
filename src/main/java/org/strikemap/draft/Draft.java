package org.strikemap.draft;

import java.util.Map;
import org.strikemap.dataset.LoadedDataset;

/**
 * The working copy of one map as an editor opens it: its content and each record's latest revision number (what a
 * save must name to show it starts from the latest), and whether the map is archived.
 */
public record Draft(String slug, LoadedDataset content, Map<RecordKey, Long> revisions, boolean archived) {

    public Draft {
        revisions = Map.copyOf(revisions);
    }

    /** The record's latest revision number; 0 for a record never saved. */
    public long revisionOf(RecordKey key) {
        return revisions.getOrDefault(key, 0L);
    }
}
