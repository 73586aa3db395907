package org.strikemap.map;

import org.strikemap.i18n.Messages;

/**
 * The sentence that says what a day shows of the located attacks, as templates of the interface's language: how
 * many are on record (their whole date span has ended) and how many more are only possible (their span has begun),
 * so it never says more than the reports; a from–to window has its own words ("in this window", "possibly in it").
 * The server's picture fills them here; the timeline and the list fill the same templates in the browser.
 */
public final class CountSentence {

    /**
     * The templates of one language, for the browser. Placeholders: {record}, {total}; {possible}; {unlocated}. The
     * window's: those whose whole span lies inside it, those whose span meets it, and within one region.
     */
    public record Templates(String onRecord, String possible, String unlocated, String inRegion,
                            String inWindow, String possibleInWindow, String inRegionWindow) {
    }

    private CountSentence() {
    }

    public static Templates templates(Messages words) {
        return new Templates(words.get("count.onRecord"), words.get("count.possible"), words.get("count.unlocated"),
                words.get("count.inRegion"), words.get("count.inWindow"), words.get("count.possibleInWindow"),
                words.get("count.inRegionWindow"));
    }

    /** In English. */
    public static String of(int record, int possible, int total, int unlocated) {
        return of(Messages.english(), record, possible, total, unlocated);
    }

    public static String of(Messages words, int record, int possible, int total, int unlocated) {
        String text = words.get("count.onRecord", "record", record, "total", total) + possible(words, possible);
        return unlocated > 0 ? text + words.get("count.unlocated", "unlocated", unlocated) : text;
    }

    /**
     * For a from–to window. The attacks without a place are left out: nothing says whether they fall in the window,
     * and naming them there would overstate it.
     */
    public static String inWindow(Messages words, int record, int possible, int total) {
        return words.get("count.inWindow", "record", record, "total", total)
                + (possible > 0 ? words.get("count.possibleInWindow", "possible", possible) : "");
    }

    public static String inRegion(Messages words, int record, int possible) {
        return words.get("count.inRegion", "record", record) + possible(words, possible);
    }

    private static String possible(Messages words, int possible) {
        return possible > 0 ? words.get("count.possible", "possible", possible) : "";
    }
}
