package org.strikemap.imports;

import java.util.List;
import org.strikemap.geo.GeoPoint;
import org.strikemap.strike.LocationPrecision;
import org.strikemap.strike.ReportedDate;

/**
 * One row of an imported file as its format reads it, before it meets the map: the line it starts on, its id (with
 * the format's prefix), where, when (null: the file gives no date) and what it reports. The planner turns it into a
 * strike, its reports and its claims, or a problem.
 */
record ImportedRow(int line, String id, Where where, ReportedDate date, Report report) {

    /**
     * The place as the file names it; the region as the file gives it (a code or a name; null: from the point); the
     * point (null: the region's anchor); how exact the point is.
     */
    record Where(String place, String region, GeoPoint point, LocationPrecision precision) {
    }

    /** The sentence to cite (never empty), an editor's note (or null), the reports named, and a death toll (or null). */
    record Report(String quote, String note, List<Named> sources, Integer killed) {

        Report {
            sources = List.copyOf(sources);
        }
    }

    /** A report as a file names it: by name (an outlet), or by its address, or both. */
    record Named(String name, String url) {

        /** What tells two reports apart: the address when there is one, else the name. */
        String key() {
            return url != null ? url : name;
        }
    }
}
