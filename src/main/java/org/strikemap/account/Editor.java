package org.strikemap.account;

/** Who acts: a signed-in person (or a script with an API token, or the data/ loader). */
public record Editor(long id, String name) {

    /** The data/ folders, as the author of what a start loads from them. */
    public static final Editor FILES = new Editor(0, "data/ files");
}
