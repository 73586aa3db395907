package org.strikemap.draft;

/** One record of a map: its kind and its id (a ring's is "site-radiuskm", the map's words' is the map's slug). */
public record RecordKey(RecordKind kind, String id) {
}
