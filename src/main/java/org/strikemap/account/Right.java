package org.strikemap.account;

/** What a view or a route requires of the person who opens or calls it ({@link Requires}). */
public enum Right {
    /** Any signed-in person whose access is not revoked. */
    SIGNED_IN,
    /** Editor or reviewer of the map named by the address's {@code slug}, or an admin. */
    EDIT_MAP,
    /** Reviewer of the map named by the address's {@code slug}, or an admin. */
    REVIEW_MAP,
    /** An admin. */
    ADMIN
}
