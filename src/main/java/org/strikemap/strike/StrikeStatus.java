package org.strikemap.strike;

/** Whether a strike is reported as one of the attacks, or an incident still under investigation. */
public enum StrikeStatus {
    REPORTED("reported"), UNDER_INVESTIGATION("under-investigation");

    private final String code;

    StrikeStatus(String code) {
        this.code = code;
    }

    /**
     * What counts as a located attack, the one definition: a strike reported as one of the attacks (every strike
     * has a place); an incident under investigation does not count. The count sentence, the region shading and
     * the API's counts all ask this, and the browser gets the answer as each strike feature's {@code counted}.
     */
    public boolean countsAsAttack() {
        return this == REPORTED;
    }

    /** The spelling used in the CSV files, the database and the API. */
    public String code() {
        return code;
    }

    /** The constant spelled {@code code}; throws {@link IllegalArgumentException} listing the allowed spellings. */
    public static StrikeStatus fromCode(String code) {
        return Codes.lookup(values(), StrikeStatus::code, "status", code);
    }
}
