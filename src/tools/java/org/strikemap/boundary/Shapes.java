package org.strikemap.boundary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Small polygon operations shared by the boundary builders, all in plain lon/lat degrees.
 * Limits: areas are planar square degrees, not km² — fine for thresholds, not for reporting sizes.
 */
final class Shapes {

    private Shapes() {
    }

    /** {@code a} minus {@code b}, snap-rounded to {@code grid} so that writing the result rounds nothing. */
    static Geometry difference(Geometry a, Geometry b, PrecisionModel grid) {
        return polygonal(OverlayNG.overlay(a, b, OverlayNG.DIFFERENCE, grid));
    }

    /**
     * {@code shape} grown by 1.5 grid cells. Snap-rounding may move a border by up to √½ cell, so a difference
     * with {@code shape} itself can leave hairline overlaps; subtracting this zone instead cannot, at the price of
     * a gap of about 15 m (at 4 decimals), far below what a map at zoom 5-7 shows.
     */
    static Geometry keepOutZone(Geometry shape, PrecisionModel grid) {
        return shape.buffer(1.5 / grid.getScale(), QUADRANT_SEGMENTS);
    }

    static Geometry intersection(Geometry a, Geometry b, PrecisionModel grid) {
        return polygonal(OverlayNG.overlay(a, b, OverlayNG.INTERSECTION, grid));
    }

    /** Distance simplification that keeps rings valid and apart, then repaired if it still produced something odd. */
    static Geometry simplify(Geometry geometry, double tolerance) {
        Geometry simplified = TopologyPreservingSimplifier.simplify(geometry, tolerance);
        return simplified.isValid() ? simplified : GeometryFixer.fix(simplified);
    }

    /**
     * {@code land} plus the narrow gaps (under 2 × {@code width}) between it and {@code other}, found by a
     * morphological closing (buffer out, then in) of both, kept only within {@code width} of both so coasts
     * elsewhere do not grow. The result overlaps {@code other}; subtract it afterwards.
     */
    static Geometry closeGapsToward(Geometry land, Geometry other, double width) {
        // Only land near the other shape can take part; clipping first keeps Russia's Far East out of the buffers.
        Envelope box = new Envelope(other.getEnvelopeInternal());
        box.expandBy(4 * width);
        if (!land.getEnvelopeInternal().intersects(box)) {
            return land;
        }
        Geometry local = polygonal(OverlayNG.overlay(land, land.getFactory().toGeometry(box), OverlayNG.INTERSECTION));
        Geometry both = local.union(other);
        Geometry closed = both.buffer(width, QUADRANT_SEGMENTS).buffer(-width, QUADRANT_SEGMENTS);
        Geometry near = local.buffer(width, QUADRANT_SEGMENTS).intersection(other.buffer(width, QUADRANT_SEGMENTS));
        return polygonal(land.union(closed.intersection(near)));
    }

    /** Few segments per quarter circle: the rounded corners of gap fills need no more at these scales. */
    private static final int QUADRANT_SEGMENTS = 2;

    /** Keeps the polygons of at least {@code minArea}; what a subtraction leaves along a border is thinner. */
    static Geometry dropSlivers(Geometry geometry, double minArea) {
        List<Polygon> kept = new ArrayList<>();
        for (Polygon polygon : polygons(geometry)) {
            if (polygon.getArea() >= minArea) {
                kept.add(polygon);
            }
        }
        return geometry.getFactory().buildGeometry(kept);
    }

    /**
     * Like {@link #dropSlivers}, but only for polygons within {@code distance} of {@code near}: a subtraction leaves
     * slivers there, while small islands elsewhere are real land.
     */
    static Geometry dropSliversNear(Geometry geometry, double minArea, Geometry near, double distance) {
        IndexedFacetDistance toNear = new IndexedFacetDistance(near);
        List<Polygon> kept = new ArrayList<>();
        for (Polygon polygon : polygons(geometry)) {
            if (polygon.getArea() >= minArea || !toNear.isWithinDistance(polygon, distance)) {
                kept.add(polygon);
            }
        }
        return geometry.getFactory().buildGeometry(kept);
    }

    /**
     * {@code geometry} without its holes under {@code maxArea} within {@code distance} of {@code near}: pockets of a
     * gap between two datasets' borders that closing could not reach. Holes elsewhere (lakes, enclaves) stay.
     */
    static Geometry fillSmallHolesNear(Geometry geometry, double maxArea, Geometry near, double distance) {
        IndexedFacetDistance toNear = new IndexedFacetDistance(near);
        List<Polygon> result = new ArrayList<>();
        for (Polygon polygon : polygons(geometry)) {
            List<LinearRing> kept = new ArrayList<>();
            for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                LinearRing hole = polygon.getInteriorRingN(i);
                Polygon pocket = polygon.getFactory().createPolygon(hole);
                if (pocket.getArea() >= maxArea || !toNear.isWithinDistance(pocket, distance)) {
                    kept.add(hole);
                }
            }
            result.add(polygon.getFactory().createPolygon(polygon.getExteriorRing(), kept.toArray(LinearRing[]::new)));
        }
        return geometry.getFactory().buildGeometry(result);
    }

    /** The union of polygonal geometries, snap-rounded to {@code grid}. */
    static Geometry union(Collection<Geometry> geometries, PrecisionModel grid) {
        Geometry all = geometries.iterator().next().getFactory().buildGeometry(List.copyOf(geometries));
        return polygonal(UnaryUnionNG.union(all, grid));
    }

    /** The polygons of any geometry; overlays may hand back lines or points where shapes only touch. */
    static Geometry polygonal(Geometry geometry) {
        return geometry.getFactory().buildGeometry(polygons(geometry));
    }

    @SuppressWarnings("unchecked")
    private static List<Polygon> polygons(Geometry geometry) {
        return (List<Polygon>) (List<?>) PolygonExtracter.getPolygons(geometry);
    }
}
