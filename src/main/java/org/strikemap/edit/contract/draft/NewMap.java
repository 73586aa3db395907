package org.strikemap.edit.contract.draft;

import java.time.LocalDate;
import org.strikemap.geo.Bounds;
import org.strikemap.i18n.Text;
import org.strikemap.region.Area;

/**
 * Stand-in for draft.NewMap: a map to create. {@code view} null: the area's extent (beyond the contract: the editor
 * does not ask for one); {@code period} null when none is given.
 */
public record NewMap(String slug, Text title, Area area, Bounds view, Period period) {

    /** The days the map covers, inclusive. */
    public record Period(LocalDate from, LocalDate to) {
    }
}
