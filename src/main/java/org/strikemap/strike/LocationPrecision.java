package org.strikemap.strike;

import java.util.Arrays;
import java.util.stream.Collectors;

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
        for (LocationPrecision value : values()) {
            if (value.code.equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("location precision '" + code + "' is not one of "
                + Arrays.stream(values()).map(LocationPrecision::code).collect(Collectors.joining(", ")));
    }
}
