package org.strikemap.launch;

import org.locationtech.jts.geom.Geometry;
import org.strikemap.i18n.Text;

/** The outline of a region missiles are said to be launched from, named per language. Never change {@code outline}. */
public record LaunchArea(String id, Text name, Geometry outline) {
}
