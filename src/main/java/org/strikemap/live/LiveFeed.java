package org.strikemap.live;

import java.time.Instant;
import org.strikemap.account.Editor;
import org.strikemap.imports.ColumnMapping;
import org.strikemap.imports.ImportFormat;

/**
 * The live data a map follows: where it is and how to read it, how often it is fetched and whether a change is
 * published at once, who set it up (its imports are that person's, with that person's rights), and the last fetch.
 */
public record LiveFeed(String slug, Address address, Schedule schedule, Editor setBy, LastFetch last) {

    /** The published address, its format (csv, geojson or acled) and a plain CSV's column mapping (or null). */
    public record Address(String url, ImportFormat format, ColumnMapping mapping) {
    }

    /** Fetched every {@code everyMinutes}; a change published at once when {@code publishDirectly}, else a draft. */
    public record Schedule(int everyMinutes, boolean publishDirectly) {
    }

    /** When the last fetch was, how it went, and its message (what changed, or its problems); null before the first. */
    public record LastFetch(Instant at, Outcome outcome, String message) {
    }

    public enum Outcome {
        /** Nothing changed since the fetch before. */
        UNCHANGED,
        /** The change is in the draft, for a reviewer to publish. */
        DRAFTED,
        /** The change is published. */
        PUBLISHED,
        /** The address could not be fetched, or its file was refused: nothing was imported. */
        FAILED
    }
}
