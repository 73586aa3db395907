package org.strikemap.edit.contract.draft;

import java.time.Instant;
import org.strikemap.i18n.Text;
import org.strikemap.region.Area;

/**
 * Stand-in for draft.MapSummary (its fields are beyond the contract, which names the type only): one map in the
 * editor's list: its title, area, how many strikes its draft holds, how many changes wait since the last version,
 * the last version (null when never published) and whether it is archived.
 */
public record MapSummary(String slug, Text title, Area area, int strikes, int draftChanges, Published published,
                         boolean archived) {

    /** A published version: its number (1, 2, …) and when. */
    public record Published(int number, Instant at) {
    }
}
