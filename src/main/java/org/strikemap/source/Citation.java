package org.strikemap.source;

/**
 * Where something is reported: the report's id and the sentence of it that carries the fact, word for word, and,
 * when the quote rule does not find that sentence in the report's stored text, who checked it by hand and why
 * ({@code checkedByHand}, null otherwise).
 */
public record Citation(String sourceId, String quote, QuoteCheck checkedByHand) {

    /** A citation whose quote is not vouched for by hand. */
    public Citation(String sourceId, String quote) {
        this(sourceId, quote, null);
    }
}
