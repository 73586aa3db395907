package org.strikemap.strike;

import org.strikemap.i18n.Text;
import org.strikemap.source.Citation;

/**
 * A reported strike (or an incident under investigation): where and when the reports place it, its status, the
 * report and sentence it is traced to, and the editors' note (null when none). The one type of a strike from the
 * file to the page: the loader writes it, the repository reads it, the map and the API show it. Its claims and
 * sources are looked up by id ({@code Sources.claimsAbout}, {@code Sources.citedBy}).
 */
public record Strike(String id, Location location, ReportedDate date, StrikeStatus status, Citation citation, Text note) {

    public String sourceId() {
        return citation.sourceId();
    }

    /** This strike placed at {@code location} instead (an edit; the rest is kept). */
    public Strike at(Location location) {
        return new Strike(id, location, date, status, citation, note);
    }

    /** This strike dated {@code date} instead. */
    public Strike dated(ReportedDate date) {
        return new Strike(id, location, date, status, citation, note);
    }

    /** This strike with its note in {@code language} set to {@code words} (the note's other languages kept). */
    public Strike noted(String language, String words) {
        return new Strike(id, location, date, status, citation,
                note == null ? Text.of(language, words) : note.with(language, words));
    }
}
