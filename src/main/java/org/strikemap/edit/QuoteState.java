package org.strikemap.edit;

import org.strikemap.source.Citation;
import org.strikemap.source.Quotes;
import org.strikemap.source.Source;
import org.strikemap.source.Sources;

/**
 * Where a record's quote stands, by the quote rule ({@link Quotes}): found in its report's stored text, not found
 * but checked by hand, not found, or its report is not one of the map's. The lists' ✓/✗ and the "quote not found"
 * and "no source" filters read this.
 */
enum QuoteState {
    FOUND("✓"), CHECKED_BY_HAND("✓"), NOT_FOUND("✗"), NO_SOURCE("✗");

    private final String sign;

    QuoteState(String sign) {
        this.sign = sign;
    }

    static QuoteState of(Citation citation, Sources sources) {
        Source source = citation == null || citation.sourceId() == null ? null : sources.find(citation.sourceId()).orElse(null);
        if (source == null) {
            return NO_SOURCE;
        }
        if (Quotes.find(citation.quote(), source.text()).found()) {
            return FOUND;
        }
        return citation.checkedByHand() != null ? CHECKED_BY_HAND : NOT_FOUND;
    }

    /** Whether the quote may be published as it is. */
    boolean stands() {
        return this == FOUND || this == CHECKED_BY_HAND;
    }

    String sign() {
        return sign;
    }

    /** The key of its words: edit.quoteState.found, …. */
    String key() {
        return "edit.quoteState." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
