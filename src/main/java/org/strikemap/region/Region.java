package org.strikemap.region;

import org.locationtech.jts.geom.Geometry;

/**
 * A first-level unit of the struck country: its code (ISO 3166-2), names in English and the local language, and its
 * outline. JTS geometries are mutable: never change {@code outline}.
 */
public record Region(String code, String name, String nameUk, Geometry outline) {
}
