package org.strikemap.strike;

/** How exactly the reports date a strike; each spelling is the one used in strikes.csv. */
public enum DatePrecision {
    DAY("day"), MONTH("month"), LATE_MONTH("late-month"), PERIOD("period"), UNKNOWN("unknown");

    private final String code;

    DatePrecision(String code) {
        this.code = code;
    }

    /** The spelling used in the CSV files, the database and the API. */
    public String code() {
        return code;
    }

    /** The constant spelled {@code code}; throws {@link IllegalArgumentException} listing the allowed spellings. */
    public static DatePrecision fromCode(String code) {
        return Codes.lookup(values(), DatePrecision::code, "date precision", code);
    }
}
