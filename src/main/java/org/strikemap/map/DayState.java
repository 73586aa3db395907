package org.strikemap.map;

/**
 * What the reports say of one strike by a given day: nothing yet, possibly happened (its date span has begun but not
 * ended), or on record (its whole span has ended); for a from–to window, RECORD is "in the window" and POSSIBLE
 * "possibly in it". The ids are the words the browser's time-filter.js answers with.
 */
public enum DayState {
    NONE("none"),
    POSSIBLE("possible"),
    RECORD("record");

    private final String id;

    DayState(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public boolean shown() {
        return this != NONE;
    }
}
