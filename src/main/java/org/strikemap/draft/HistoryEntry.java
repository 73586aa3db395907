package org.strikemap.draft;

import org.strikemap.revision.Made;

/**
 * One revision of one record as its history shows it: its number, who made it, when and why, and the record as that
 * revision left it (for a deletion, the record as it was when deleted).
 */
public record HistoryEntry(long number, Made made, boolean deleted, Object record) {
}
