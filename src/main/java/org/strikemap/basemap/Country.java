package org.strikemap.basemap;

import org.locationtech.jts.geom.Geometry;

/** A neighbouring country's outline for the backdrop; {@code nameUk} may be null. Never change {@code outline}. */
public record Country(String id, String name, String nameUk, String iso, Geometry outline) {
}
