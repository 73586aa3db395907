package org.strikemap.map;

import org.strikemap.i18n.Messages;

/**
 * The sentence that says what a day or a window shows of the located attacks: how many are on record (in the window)
 * and how many more are only possible, so it never says more than the reports. The words are templates of the
 * interface's language (data, from the bundles); the rule that fills them is {@link #of}. The server's picture fills
 * them here, and the timeline and the list fill the same templates in the browser at every step
 * (frontend/ui/count-text.js): code on both sides, so one table of cases (src/test/resources/rules/count-sentence.json)
 * runs against both.
 */
public final class CountSentence {

    /**
     * The templates of one sentence. Placeholders: {record}, {total} in {@code onRecord} (up to a day) and
     * {@code inWindow} (a from–to window); {possible} in {@code possible} and {@code possibleInWindow}; {unlocated} in
     * {@code unlocated}.
     */
    public record Templates(String onRecord, String inWindow, String possible, String possibleInWindow, String unlocated) {
    }

    /**
     * How many located attacks are on record (in the window) and possible, of {@code total}; {@code unlocated}: the
     * attacks the reports count without a place.
     */
    public record Tally(int onRecord, int possible, int total, int unlocated) {
    }

    private CountSentence() {
    }

    /** The whole map's sentence in {@code words}' language. */
    public static Templates forMap(Messages words) {
        return new Templates(words.get("count.onRecord"), words.get("count.inWindow"), words.get("count.possible"),
                words.get("count.possibleInWindow"), words.get("count.unlocated"));
    }

    /** One region's sentence (the list's region filter): no total, and no attack without a place lies in a region. */
    public static Templates forRegion(Messages words) {
        return new Templates(words.get("count.inRegion"), words.get("count.inRegionWindow"), words.get("count.possible"),
                words.get("count.possibleInWindow"), "");
    }

    /**
     * The rule: the on-record part ({@code inWindow} for a from–to window), then the possible part when some are
     * possible, then, up to a day only, the unlocated part when there are any (nothing says whether an attack without
     * a place falls in a window, and naming it there would overstate it).
     */
    public static String of(Templates templates, Tally tally, TimeWindow window) {
        boolean inWindow = !window.cumulative();
        String text = Messages.fill(inWindow ? templates.inWindow() : templates.onRecord(), "record", tally.onRecord(),
                "total", tally.total());
        if (tally.possible() > 0) {
            text += Messages.fill(inWindow ? templates.possibleInWindow() : templates.possible(), "possible",
                    tally.possible());
        }
        if (!inWindow && tally.unlocated() > 0) {
            text += Messages.fill(templates.unlocated(), "unlocated", tally.unlocated());
        }
        return text;
    }
}
