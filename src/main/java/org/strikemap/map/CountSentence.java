package org.strikemap.map;

/**
 * The sentence that says what a day shows of the located attacks, as templates: how many are on record (their whole
 * date span has ended) and how many more are only possible (their span has begun), so it never says more than the
 * reports; a from–to window has its own words ("in this window", "possibly in it"). The server's picture fills them here; the timeline and the list fill the same templates in the browser.
 */
public final class CountSentence {

    /** Placeholders: {record}, {total}. */
    public static final String ON_RECORD = "{record} of {total} located attacks on record";
    /** Appended when some attacks may have happened but their span has not ended. Placeholder: {possible}. */
    public static final String POSSIBLE = ", up to {possible} more possible";
    /** Appended when some attacks are counted by the claims but placed by no report. Placeholder: {unlocated}. */
    public static final String UNLOCATED = "; {unlocated} more reported without a place";
    /** Within one region, followed by {@link #POSSIBLE} when some are possible. Placeholder: {record}. */
    public static final String IN_REGION = "{record} located attacks on record in this region";

    /** A from–to window: those whose whole span lies inside it. Placeholders: {record}, {total}. */
    public static final String IN_WINDOW = "{record} of {total} located attacks in this window";
    /** Appended when some attacks' spans meet the window without lying inside it. Placeholder: {possible}. */
    public static final String POSSIBLE_IN_WINDOW = ", up to {possible} more possibly in it";
    /** A window within one region, followed by {@link #POSSIBLE_IN_WINDOW} when some are possible. Placeholder: {record}. */
    public static final String IN_REGION_WINDOW = "{record} located attacks of this region in this window";

    private CountSentence() {
    }

    public static String of(int record, int possible, int total, int unlocated) {
        String text = ON_RECORD.replace("{record}", Integer.toString(record)).replace("{total}", Integer.toString(total))
                + possible(possible);
        return unlocated > 0 ? text + UNLOCATED.replace("{unlocated}", Integer.toString(unlocated)) : text;
    }

    /**
     * For a from–to window. The attacks without a place are left out: nothing says whether they fall in the window,
     * and naming them there would overstate it.
     */
    public static String inWindow(int record, int possible, int total) {
        return IN_WINDOW.replace("{record}", Integer.toString(record)).replace("{total}", Integer.toString(total))
                + (possible > 0 ? POSSIBLE_IN_WINDOW.replace("{possible}", Integer.toString(possible)) : "");
    }

    public static String inRegion(int record, int possible) {
        return IN_REGION.replace("{record}", Integer.toString(record)) + possible(possible);
    }

    private static String possible(int possible) {
        return possible > 0 ? POSSIBLE.replace("{possible}", Integer.toString(possible)) : "";
    }
}
