package org.strikemap.account;

/**
 * Who acts: a signed-in person (or a script with one of that person's API tokens), or the data/ loader
 * ({@link #FILES}). Carried by every change so that revisions and the audit log can say who made it.
 */
public record Editor(long id, String name) {

    /** The loader of data/ folders: no person, never signed in (people's ids start at 1). */
    public static final Editor FILES = new Editor(0, "data/ files");
}
