package org.strikemap.account;

/** A person's right on one map. Admin is global (people and every map), not a role per map. */
public enum MapRole {
    /** Changes the map's draft. */
    EDITOR,
    /** Publishes the map's draft, and may also edit it. */
    REVIEWER
}
