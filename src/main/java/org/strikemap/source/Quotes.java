package org.strikemap.source;

import java.util.regex.Pattern;

/**
 * The quote rule, its one definition: a quote is found in a report's stored text when it occurs there word for word,
 * once runs of whitespace (line breaks, non-breaking spaces) count as one space and typographic quote marks as
 * straight ones (“ ” „ « » as ", ‘ ’ ‚ ‹ › as '). The editor's form flags a quote by it, and the data test checks
 * every quote in data/ by it. Limits: nothing else is forgiven: case, dashes, ellipses and every other character
 * count, and an empty quote is never found.
 */
public final class Quotes {

    /** What was searched for (the quote as the rule reads it) and whether the text holds it. */
    public record Search(String searched, boolean found) {
    }

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern DOUBLE_MARKS = Pattern.compile("[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u301D\u301E]");
    private static final Pattern SINGLE_MARKS = Pattern.compile("[\u2018\u2019\u201A\u201B\u2039\u203A\u2032]");

    private Quotes() {
    }

    /** Whether {@code text} (a report's stored text; null when none is stored) holds {@code quote} by the rule. */
    public static Search find(String quote, String text) {
        String searched = normalise(quote);
        boolean found = !searched.isEmpty() && text != null && normalise(text).contains(searched);
        return new Search(searched, found);
    }

    /** The text as the rule compares it: whitespace runs as one space, quote marks straight, ends stripped. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String marks = SINGLE_MARKS.matcher(DOUBLE_MARKS.matcher(text).replaceAll("\"")).replaceAll("'");
        return WHITESPACE.matcher(marks).replaceAll(" ").strip();
    }
}
