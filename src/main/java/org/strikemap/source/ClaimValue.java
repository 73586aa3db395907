package org.strikemap.source;

/**
 * What a claim says: either {@code exact} (a number as text, or text such as "KN-23"), or a number bounded by
 * {@code min} and/or {@code max} ("more than 20": min 21).
 */
public record ClaimValue(String exact, Integer min, Integer max) {

    public static ClaimValue exactly(String value) {
        return new ClaimValue(value, null, null);
    }

    public static ClaimValue between(Integer min, Integer max) {
        return new ClaimValue(null, min, max);
    }
}
