package org.strikemap.imports;

import java.time.Instant;

/**
 * An import as its status address and the editor show it, at one moment: which file into which map, by whom, how far
 * it has come, its preview once read, and how it ended. {@code error} is the one reason a file could not be read or
 * written ({@code file:line: reason}); {@code written} is how many records the draft changed.
 */
public record ImportJob(String id, String slug, String file, ImportFormat format, State state, Progress progress,
                        ImportPreview preview, Outcome outcome) {

    public enum State {
        /** Waiting for a free worker. */
        QUEUED,
        /** Reading the file and planning it against the draft. */
        READING,
        /** Read: its preview waits for the person to write it (or not). */
        PREVIEWED,
        /** Writing into the draft, in one transaction. */
        WRITING,
        /** Written into the draft. */
        DONE,
        /** Nothing was written: the file could not be read, had problem rows, or the draft changed meanwhile. */
        FAILED;

        public boolean finished() {
            return this == DONE || this == FAILED || this == PREVIEWED;
        }
    }

    /** Bytes read of the file's size, and rows read. */
    public record Progress(long bytesRead, long totalBytes, long rowsRead) {
    }

    /** How it ended: the reason it failed, or how many records it changed; who started it and when. */
    public record Outcome(String error, int written, String by, Instant startedAt, Instant endedAt) {
    }
}
