package org.strikemap.map;

/**
 * The sentence that says how many located attacks a day shows, as one template: the page's list fills it on the
 * server, the timeline fills the same template in the browser while it is dragged.
 */
public final class CountSentence {

    /** Placeholders: {shown}, {total}. */
    public static final String SHOWN = "{shown} of {total} located attacks shown";
    /** Appended when some attacks are counted by the claims but placed by no report. Placeholder: {unlocated}. */
    public static final String UNLOCATED = "; {unlocated} more reported without a place";
    /** Within one region. Placeholder: {shown}. */
    public static final String IN_REGION = "{shown} located attacks shown in this region";

    private CountSentence() {
    }

    public static String of(int shown, int total, int unlocated) {
        String text = SHOWN.replace("{shown}", Integer.toString(shown)).replace("{total}", Integer.toString(total));
        return unlocated > 0 ? text + UNLOCATED.replace("{unlocated}", Integer.toString(unlocated)) : text;
    }
}
