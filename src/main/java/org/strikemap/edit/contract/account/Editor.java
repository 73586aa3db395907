package org.strikemap.edit.contract.account;

/** Stand-in for account.Editor: who acts (a signed-in person, a script with an API token, or the data/ loader). */
public record Editor(long id, String name) {

    public static final Editor FILES = new Editor(0, "data/ files");
}
