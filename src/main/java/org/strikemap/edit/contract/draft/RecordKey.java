package org.strikemap.edit.contract.draft;

/** Stand-in for draft.RecordKey: one record of a draft; the WORDS' id is the map's slug. */
public record RecordKey(RecordKind kind, String id) {
}
