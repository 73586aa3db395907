package org.strikemap.draft;

import org.strikemap.geo.Bounds;
import org.strikemap.i18n.Text;
import org.strikemap.region.Area;

/** A map to create in the browser: its slug (its address), title per language, area and the view it opens on. */
public record NewMap(String slug, Text title, Area area, Bounds view) {
}
