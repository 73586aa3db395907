package org.strikemap.source;

/**
 * A figure or statement one report attributes to someone, about one strike or ({@code subject} "dataset") all.
 * Either {@code value} is set (an exact number as text, or text such as "KN-23") or {@code min}/{@code max}
 * bound a number; {@code by} is who made the claim, {@code quote} the report's sentence carrying it.
 */
public record Claim(String id, String subject, String kind, String value, Integer min, Integer max, String text,
                    String by, String sourceId, String quote) {

    /** The subject of claims about the whole dataset rather than one strike. */
    public static final String DATASET = "dataset";
}
