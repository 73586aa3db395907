package org.strikemap.source;

/**
 * A quote that the quote rule ({@link Quotes}) does not find in its report's stored text, vouched for by hand:
 * {@code reason} says why it stands anyway (the stored text is a summary, the report was read on paper…) and
 * {@code by} names who checked it. Publishing a record whose quote is not found needs one.
 */
public record QuoteCheck(String reason, String by) {

    public QuoteCheck {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a quote checked by hand needs the reason it stands");
        }
    }
}
