package org.strikemap.basemap;

import org.locationtech.jts.geom.Geometry;
import org.strikemap.i18n.Text;

/**
 * A country's outline around the map, for the backdrop, named per language; {@code iso} is its ISO 3166-1 numeric
 * code (null when it has none). Never change {@code outline}.
 */
public record Country(String id, Text name, String iso, Geometry outline) {
}
