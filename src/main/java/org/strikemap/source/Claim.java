package org.strikemap.source;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A figure or statement one report attributes to someone, about one strike or ({@code subject} "dataset") all.
 * Either {@code value} is set (an exact number as text, or text such as "KN-23") or {@code min}/{@code max}
 * bound a number; {@code by} is who made the claim, {@code quote} the report's sentence carrying it.
 */
public record Claim(String id, String subject, String kind, String value, Integer min, Integer max, String text,
                    String by, String sourceId, String quote) {

    /** The subject of claims about the whole dataset rather than one strike. */
    public static final String DATASET = "dataset";

    /** The claim as the API shows it: id, kind, value or min/max (absent ones omitted), text, by, source, quote. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("kind", kind);
        if (value != null) {
            json.put("value", value);
        }
        if (min != null) {
            json.put("min", min);
        }
        if (max != null) {
            json.put("max", max);
        }
        json.put("text", text);
        json.put("by", by);
        json.put("source", sourceId);
        json.put("quote", quote);
        return json;
    }
}
