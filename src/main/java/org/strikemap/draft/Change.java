package org.strikemap.draft;

import org.strikemap.revision.Made;

/**
 * One change to a record of a draft: which record, who made it, when and why, and the record before and after it
 * (null before for a new record, null after for a deletion).
 */
public record Change(RecordKey key, Made made, Object before, Object after) {
}
