package org.strikemap.imports;

import java.util.List;
import org.strikemap.geo.GeoPoint;

/**
 * What an import would do to a map's draft, shown before anything is written: the counts, every problem row
 * ({@code file:line: reason}; while there is one, nothing can be imported), the rows outside the map's area (left
 * out, listed), likely duplicates of strikes already in the map (the same day, place and report: imported, listed
 * for the reviewer), and the first strikes as they would read.
 */
public record ImportPreview(String file, ImportFormat format, Counts counts, List<String> problems, List<Outside> outside,
                            List<Duplicate> duplicates, List<Shown> first) {

    public ImportPreview {
        problems = List.copyOf(problems);
        outside = List.copyOf(outside);
        duplicates = List.copyOf(duplicates);
        first = List.copyOf(first);
    }

    /** Rows read; strikes added, changed, unchanged and removed; reports added; claims added or replaced. */
    public record Counts(int rows, int added, int changed, int unchanged, int removed, int newSources, int claims) {
    }

    /** A row left out: where in the file, the place it names, its point. */
    public record Outside(String at, String place, GeoPoint point) {
    }

    /** A new strike that looks like one the map has: where in the file, its id, the id of the one it resembles. */
    public record Duplicate(String at, String id, String existing) {
    }

    /** A strike as the import would write it: id, place, region code, date span as text, point. */
    public record Shown(String id, String place, String region, String date, GeoPoint point) {
    }

    /** Whether the import may be written: no problem rows. */
    public boolean importable() {
        return problems.isEmpty();
    }

    /** How many records the import would change. */
    public int changes() {
        return counts.added() + counts.changed() + counts.removed();
    }
}
