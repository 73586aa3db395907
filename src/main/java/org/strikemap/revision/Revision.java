package org.strikemap.revision;

/**
 * One stored revision of one record of a map: its place in the append-only store ({@code id}, rising), which record
 * ({@code kind}, {@code recordId}), its number among that record's revisions (1, 2, …), who made it, whether it deletes
 * the record, and the whole record as JSON. Never changed once written.
 */
public record Revision(long id, String kind, String recordId, long number, Made made, boolean deleted, String json) {
}
