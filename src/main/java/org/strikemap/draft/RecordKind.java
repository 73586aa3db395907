package org.strikemap.draft;

/** The kinds of record a map's draft holds; WORDS is the map's own words and framing (its dataset.csv), one per map. */
public enum RecordKind { STRIKE, CLAIM, SOURCE, LAUNCH_SITE, RING, WORDS }
