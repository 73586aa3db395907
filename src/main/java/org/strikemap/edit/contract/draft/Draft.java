package org.strikemap.edit.contract.draft;

import java.util.Map;
import org.strikemap.dataset.LoadedDataset;

/** Stand-in for draft.Draft: the working copy of one map as an editor opens it, with each record's latest revision. */
public record Draft(String slug, LoadedDataset content, Map<RecordKey, Long> revisions, boolean archived) {

    /** 0 for a new record. */
    public long revisionOf(RecordKey key) {
        return revisions.getOrDefault(key, 0L);
    }
}
