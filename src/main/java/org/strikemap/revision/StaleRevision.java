package org.strikemap.revision;

/**
 * A save that started from revision {@code expected} of a record that has moved on to {@code latest}: another person
 * saved it in between. Nothing was written.
 */
public class StaleRevision extends RuntimeException {

    private final transient Revision latest;

    public StaleRevision(long expected, Revision latest) {
        super("revision " + expected + " is not the latest (" + (latest == null ? 0 : latest.number()) + ")");
        this.latest = latest;
    }

    /** The revision stored now; null when the record was never saved. */
    public Revision latest() {
        return latest;
    }
}
