package org.strikemap.region;

import org.locationtech.jts.geom.Geometry;
import org.strikemap.i18n.Text;

/**
 * A first-level unit of a country in the map's area: its ISO 3166-2 code, its name per language and its outline.
 * JTS geometries are mutable: never change {@code outline}.
 */
public record Region(String code, Text name, Geometry outline) {
}
