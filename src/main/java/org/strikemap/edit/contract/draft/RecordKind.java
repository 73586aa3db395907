package org.strikemap.edit.contract.draft;

/** Stand-in for draft.RecordKind: the kinds of record a draft holds; WORDS are the map's own words. */
public enum RecordKind {
    STRIKE, CLAIM, SOURCE, LAUNCH_SITE, RING, WORDS
}
