package org.strikemap.boundary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.LinearComponentExtracter;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * Turns polygons that almost tile (borders digitised twice, vertices slightly apart) into a clean coverage on a
 * fixed grid: every border is noded and snap-rounded once, cut into faces, and each face given to one unit.
 * JTS 1.20 has no CoverageCleaner, hence this. Limits: a face inside two units goes to the first listed; a gap
 * face inside the outline goes to the unit it shares most border with; details smaller than the grid are lost, and
 * a unit smaller than the grid comes back empty.
 */
final class CoverageRepair {

    /** Square degrees; a gap face below this between units is a digitising sliver, not a hole. */
    static final double MAX_SLIVER_AREA = 1e-3;

    private CoverageRepair() {
    }

    /** Returns one polygonal geometry per input (empty if it vanished), in input order, all on {@code grid}. */
    static Geometry[] repair(Geometry[] units, PrecisionModel grid) {
        GeometryFactory factory = units[0].getFactory();
        List<LineString> borders = new ArrayList<>();
        for (Geometry unit : units) {
            for (Object line : LinearComponentExtracter.getLines(unit)) {
                borders.add((LineString) line);
            }
        }
        // Union of all linework with a fixed precision model = snap-rounded noding: near-equal borders merge.
        Geometry noded = UnaryUnionNG.union(factory.buildGeometry(borders), grid);
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(noded);
        @SuppressWarnings("unchecked")
        Collection<Polygon> faces = polygonizer.getPolygons();

        PreparedGeometry[] prepared = new PreparedGeometry[units.length];
        for (int i = 0; i < units.length; i++) {
            prepared[i] = PreparedGeometryFactory.prepare(units[i]);
        }
        List<List<Geometry>> facesPerUnit = new ArrayList<>();
        for (int i = 0; i < units.length; i++) {
            facesPerUnit.add(new ArrayList<>());
        }
        List<Polygon> gaps = new ArrayList<>();
        for (Polygon face : faces) {
            int owner = containing(prepared, face);
            if (owner >= 0) {
                facesPerUnit.get(owner).add(face);
            } else {
                gaps.add(face);
            }
        }
        for (Polygon gap : gaps) {
            // Big unowned faces are real holes in the outline (a lake, say); only slivers are filled.
            int owner = gap.getArea() < MAX_SLIVER_AREA ? longestSharedBorder(units, gap, grid) : -1;
            if (owner >= 0) {
                facesPerUnit.get(owner).add(gap);
            }
        }
        Geometry[] result = new Geometry[units.length];
        for (int i = 0; i < units.length; i++) {
            // A unit smaller than a grid cell vanishes; the caller decides whether that is an error.
            result[i] = facesPerUnit.get(i).isEmpty() ? factory.createPolygon()
                    : CoverageUnion.union(facesPerUnit.get(i).toArray(Geometry[]::new));
        }
        return result;
    }

    private static int containing(PreparedGeometry[] units, Polygon face) {
        Geometry inside = face.getInteriorPoint();
        for (int i = 0; i < units.length; i++) {
            if (units[i].contains(inside)) {
                return i;
            }
        }
        return -1;
    }

    private static int longestSharedBorder(Geometry[] units, Polygon gap, PrecisionModel grid) {
        int best = -1;
        double bestLength = 0;
        Geometry boundary = gap.getBoundary();
        for (int i = 0; i < units.length; i++) {
            if (!units[i].getEnvelopeInternal().intersects(gap.getEnvelopeInternal())) {
                continue;
            }
            // The unit's own border is off-grid, so widen it by two grid cells before measuring the contact.
            double length = boundary.intersection(units[i].buffer(2 / grid.getScale())).getLength();
            if (length > bestLength) {
                bestLength = length;
                best = i;
            }
        }
        return best;
    }
}
