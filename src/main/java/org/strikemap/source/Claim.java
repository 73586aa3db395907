package org.strikemap.source;

import java.util.Set;

/**
 * A figure or statement one report attributes to someone, about one strike or ({@code subject} "dataset") the whole
 * map: its kind ("killed", "missile-type"), what it says, the reader's wording ({@code text}), who made it
 * ({@code by}) and the sentence that carries it. Claims stay in the reports' language.
 */
public record Claim(String id, String subject, String kind, ClaimValue value, String text, String by, Citation citation) {

    /** The kinds of claim that count something: an exact whole number, or bounds ("more than 20": min 21). */
    public static final Set<String> COUNT_KINDS = Set.of("killed", "injured", "missiles-fired", "attacks",
            "regions-struck", "accurate-missiles", "range-km");
    /** The kinds of claim that say something in words ("KN-23"): an exact value only. */
    public static final Set<String> TEXT_KINDS = Set.of("missile-type", "launch-area", "date");

    /** The subject of claims about the whole dataset rather than one strike. */
    public static final String DATASET = "dataset";

    public String sourceId() {
        return citation.sourceId();
    }

    public String quote() {
        return citation.quote();
    }
}
