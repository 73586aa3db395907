/**
 * A map's working copy ({@link org.strikemap.draft.DraftService}): records saved one at a time by the people allowed to
 * edit the map, each save checked by the loader's rules (ingest.RecordRules), refused when it started from an older
 * revision ({@link org.strikemap.draft.EditConflict}), and kept as a revision; histories, differences, restores and
 * deleted records. Readers never see a draft. Knows nothing of the web or of Vaadin.
 */
package org.strikemap.draft;
