package org.strikemap.edit.contract.account;

/** Stand-in for account.MapRole: a person's right on one map (admin is global, not per map). */
public enum MapRole {
    EDITOR, REVIEWER
}
