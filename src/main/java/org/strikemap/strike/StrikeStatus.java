package org.strikemap.strike;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Whether a strike is reported as one of the attacks, or an incident still under investigation. */
public enum StrikeStatus {
    REPORTED("reported"), UNDER_INVESTIGATION("under-investigation");

    private final String code;

    StrikeStatus(String code) {
        this.code = code;
    }

    /** The spelling used in the CSV files, the database and the API. */
    public String code() {
        return code;
    }

    /** The constant spelled {@code code}; throws {@link IllegalArgumentException} listing the allowed spellings. */
    public static StrikeStatus fromCode(String code) {
        for (StrikeStatus value : values()) {
            if (value.code.equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("status '" + code + "' is not one of "
                + Arrays.stream(values()).map(StrikeStatus::code).collect(Collectors.joining(", ")));
    }
}
