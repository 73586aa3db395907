package org.strikemap.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.geom.Point2D;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strikemap.geo.GeoPoint;
import org.strikemap.leaflet.MarkerSymbol;

/** Marks sharing a spot fan out as the browser's marker layer fans them; a mark alone stays put. */
class MarkPainterTest {

    @Test
    void marksOnOneSpotSpreadOnACircleFirstAtTheTop() {
        GeoPoint shared = new GeoPoint(50.45, 30.52);
        Point2D at = new Point2D.Double(100, 100);
        List<MarkPainter.Mark> marks = List.of(mark("a", shared, at), mark("b", shared, at), mark("c", shared, at),
                mark("alone", new GeoPoint(49, 36), new Point2D.Double(300, 200)));
        Map<MarkPainter.Mark, Point2D> offsets = MarkPainter.fanOut(marks, 20);
        // marker-layer.js: radius = size * 0.7 + count = 17, from straight up, clockwise in thirds, rounded (the
        // expected values are what the browser's (V8's) Math gives for them).
        assertEquals(new Point2D.Double(0, -17), offsets.get(marks.get(0)));
        assertEquals(new Point2D.Double(15, 8), offsets.get(marks.get(1)));
        assertEquals(new Point2D.Double(-15, 9), offsets.get(marks.get(2)));
        assertEquals(new Point2D.Double(0, 0), offsets.get(marks.get(3)));
    }

    private static MarkPainter.Mark mark(String id, GeoPoint point, Point2D at) {
        return new MarkPainter.Mark(id, MarkPainter.Mark.spotOf(point), at, MarkerSymbol.DOT, MarkPainter.Look.PLAIN);
    }
}
