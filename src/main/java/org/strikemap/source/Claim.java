package org.strikemap.source;

/**
 * A figure or statement one report attributes to someone, about one strike or ({@code subject} "dataset") the whole
 * map: its kind ("killed", "missile-type"), what it says, the reader's wording ({@code text}), who made it
 * ({@code by}) and the sentence that carries it. Claims stay in the reports' language.
 */
public record Claim(String id, String subject, String kind, ClaimValue value, String text, String by, Citation citation) {

    /** The subject of claims about the whole dataset rather than one strike. */
    public static final String DATASET = "dataset";

    public String sourceId() {
        return citation.sourceId();
    }

    public String quote() {
        return citation.quote();
    }
}
