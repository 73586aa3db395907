package org.strikemap.imports;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How far an import has come, read by another thread (the editor's progress bar, the status address): bytes read of
 * the file's size, and rows read. Every 10,000th row is what the command prints.
 */
public final class ImportProgress {

    /** The command prints a line per this many rows. */
    public static final int ROWS_PER_LINE = 10_000;

    private final long totalBytes;
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong rows = new AtomicLong();

    ImportProgress(long totalBytes) {
        this.totalBytes = totalBytes;
    }

    void bytes(long read) {
        bytes.set(read);
    }

    void rows(long read) {
        rows.set(read);
    }

    public long bytesRead() {
        return bytes.get();
    }

    public long totalBytes() {
        return totalBytes;
    }

    public long rowsRead() {
        return rows.get();
    }

    /** The share of the file read, 0 to 1. */
    public double fraction() {
        return totalBytes <= 0 ? 0 : Math.min(1.0, bytes.get() / (double) totalBytes);
    }
}
