package org.strikemap.draft;

import java.time.Instant;

/**
 * The second of two saves of one record that started from the same revision: nothing was written. Carries what is
 * stored now ({@code theirs}: the record, or null when they deleted it), by whom, when, and its revision number, so the
 * editor can show both versions side by side and save again on top of theirs.
 */
public class EditConflict extends RuntimeException {

    private final RecordKey key;
    private final transient Object theirs;
    private final String author;
    private final Instant at;
    private final long revision;

    public EditConflict(RecordKey key, Object theirs, String author, Instant at, long revision) {
        super(author + " saved " + key.kind().name().toLowerCase() + " " + key.id() + " at " + at + " (revision " + revision + ")");
        this.key = key;
        this.theirs = theirs;
        this.author = author;
        this.at = at;
        this.revision = revision;
    }

    public RecordKey key() {
        return key;
    }

    public Object theirs() {
        return theirs;
    }

    public String author() {
        return author;
    }

    public Instant at() {
        return at;
    }

    public long revision() {
        return revision;
    }
}
