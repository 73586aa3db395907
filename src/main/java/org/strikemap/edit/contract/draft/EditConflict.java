package org.strikemap.edit.contract.draft;

import java.time.Instant;

/** Stand-in for draft.EditConflict: the second of two conflicting saves; what is stored now, by whom and when. */
public class EditConflict extends RuntimeException {

    private final RecordKey key;
    private final transient Object theirs;
    private final String author;
    private final Instant at;
    private final long revision;

    public EditConflict(RecordKey key, Object theirs, String author, Instant at, long revision) {
        super(key.kind() + " " + key.id() + " was saved by " + author + " at " + at + " (revision " + revision + ")");
        this.key = key;
        this.theirs = theirs;
        this.author = author;
        this.at = at;
        this.revision = revision;
    }

    public RecordKey key() {
        return key;
    }

    /** The record as stored now; null when the other editor deleted it. */
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
