package org.strikemap.launch;

import org.locationtech.jts.geom.Geometry;

/** The outline of a region missiles are said to be launched from. Never change {@code outline}. */
public record LaunchArea(String id, String name, String nameUk, Geometry outline) {
}
