package org.strikemap.strike;

/** How exactly the reports place a strike: an exact site, a town (or part of one), or only a region. */
public enum LocationPrecision {
    SITE("site"), TOWN("town"), REGION("region");

    private final String code;

    LocationPrecision(String code) {
        this.code = code;
    }

    /** The spelling used in the CSV files, the database and the API. */
    public String code() {
        return code;
    }

    /** The constant spelled {@code code}; throws {@link IllegalArgumentException} listing the allowed spellings. */
    public static LocationPrecision fromCode(String code) {
        return Codes.lookup(values(), LocationPrecision::code, "location precision", code);
    }
}
