package org.strikemap.source;

/**
 * One of the news reports the data is traced to: {@code id} is its id in the map (a seed file's three-digit prefix for
 * the reports of data/). {@code file} (the seed file's name), {@code headline}, {@code note}, {@code url} (its address)
 * and {@code text} are null when the report has none; {@code dateAsGiven} is the report's own wording ("Thursday"),
 * never a computed date; {@code text} is the report's stored text, which quotes are checked against ({@link Quotes}):
 * a report added in the editor has no seed file, so its text is stored with it (data/DATASET.md: {@code texts/}).
 */
public record Source(String id, String file, String outlet, String headline, String dateAsGiven, String note, String url,
                     String text) {

    /** A report without an address or stored text, as the files describe one today. */
    public Source(String id, String file, String outlet, String headline, String dateAsGiven, String note) {
        this(id, file, outlet, headline, dateAsGiven, note, null, null);
    }
}
