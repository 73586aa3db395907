package org.strikemap.picture;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.strikemap.geo.GeoPoint;
import org.strikemap.leaflet.MarkerSymbol;
import org.strikemap.map.MapStyle;

/**
 * Draws point marks as the browser's frontend/leaflet-map/symbols.js draws them: the same shapes in the same units
 * (a mark {@code size} CSS pixels across, scaled by the picture's scale), faded marks at the map's faded opacity,
 * possible marks as the dashed ghost of their shape (leaflet-map.css's .lm-possible),
 * a selected mark enlarged with a dark halo, and marks sharing a spot fanned out as marker-layer.js fans them.
 * Limits: Java2D cannot share the browser's code, so the shapes and the fan are a mirror of those two files.
 */
final class MarkPainter {

    /**
     * One mark to draw: which feature (the id keeps marks on one spot apart), its spot as marker-layer.js keys it
     * (latitude and longitude to 5 decimals), where it lands, in what shape, how.
     */
    record Mark(String id, String spot, Point2D position, MarkerSymbol symbol, Look look) {

        static String spotOf(GeoPoint point) {
            return String.format(Locale.ROOT, "%.5f,%.5f", point.lat(), point.lon());
        }

        boolean selected() {
            return look.selected();
        }
    }

    /**
     * How a mark is drawn: lighter (a vague date), as the ghost of its shape (possible, not yet on record), enlarged
     * with a halo (the strike the view names). {@code Look.PLAIN.faded(vague).possible(ghost)} reads as it draws.
     */
    record Look(boolean faded, boolean possible, boolean selected) {

        static final Look PLAIN = new Look(false, false, false);

        Look faded(boolean lighter) {
            return new Look(lighter, possible, selected);
        }

        Look possible(boolean ghost) {
            return new Look(faded, ghost, selected);
        }

        Look selected(boolean marked) {
            return new Look(faded, possible, marked);
        }
    }

    private static final Color WHITE = colour(MapStyle.WHITE);
    /** Each ring of a selected mark's halo (the CSS drop shadow, approximated): black, nearly transparent. */
    private static final Color HALO = colour(MapStyle.BLACK, 0.086);
    /** As marker-layer.js's selected marks: 1.35 times larger. */
    private static final double SELECTED_GROWTH = 1.35;

    private MarkPainter() {
    }

    /** Pixel offsets for marks sharing a spot (as marker-layer.js's fanOut): on a small circle, the first at the top. */
    static Map<Mark, Point2D> fanOut(List<Mark> marks, double size) {
        Map<String, List<Mark>> byPosition = new LinkedHashMap<>();
        for (Mark mark : marks) {
            byPosition.computeIfAbsent(mark.spot(), k -> new ArrayList<>()).add(mark);
        }
        Map<Mark, Point2D> offsets = new LinkedHashMap<>();
        for (List<Mark> group : byPosition.values()) {
            double radius = size * 0.7 + group.size();
            for (int i = 0; i < group.size(); i++) {
                double angle = group.size() < 2 ? 0 : -Math.PI / 2 + 2 * Math.PI * i / group.size();
                double r = group.size() < 2 ? 0 : radius;
                offsets.put(group.get(i), new Point2D.Double(Math.round(r * Math.cos(angle)), Math.round(r * Math.sin(angle))));
            }
        }
        return offsets;
    }

    /** Draws {@code mark} centred at {@code at}, {@code size} CSS pixels across, each CSS pixel {@code scale} pixels. */
    static void draw(Graphics2D g, Mark mark, Point2D at, int size, double scale) {
        double grown = mark.look().selected() ? scale * SELECTED_GROWTH : scale;
        if (mark.look().selected()) {
            halo(g, at, size * grown / 2);
        }
        if (!mark.look().faded()) {
            drawShape(g, mark.symbol(), mark.look().possible(), size, at.getX() - size * grown / 2, at.getY() - size * grown / 2, grown);
            return;
        }
        // SVG's opacity applies to the whole mark at once: draw it apart, then lay it down at the faded opacity.
        int side = (int) Math.ceil(size * grown) + 4;
        BufferedImage apart = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
        Graphics2D h = apart.createGraphics();
        h.setRenderingHints(g.getRenderingHints());
        drawShape(h, mark.symbol(), mark.look().possible(), size, 2, 2, grown);
        h.dispose();
        Graphics2D faded = (Graphics2D) g.create();
        faded.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) MapStyle.FADED_OPACITY));
        faded.drawImage(apart, (int) Math.round(at.getX() - side / 2.0), (int) Math.round(at.getY() - side / 2.0), null);
        faded.dispose();
    }

    /** The CSS drop shadow of a selected mark, as rings of growing transparency. */
    private static void halo(Graphics2D g, Point2D at, double radius) {
        for (int i = 5; i >= 1; i--) {
            double r = radius + i * 1.2;
            g.setColor(HALO);
            g.fill(new Ellipse2D.Double(at.getX() - r, at.getY() - r, 2 * r, 2 * r));
        }
    }

    /** symbols.js's SHAPES in a {@code s}-unit box whose top left is at ({@code x}, {@code y}). */
    private static void drawShape(Graphics2D g, MarkerSymbol symbol, boolean possible, double s, double x, double y,
                                  double scale) {
        Graphics2D m = (Graphics2D) g.create();
        m.translate(x, y);
        m.scale(scale, scale);
        if (possible) {
            paint(m, outline(symbol, s), colour(MapStyle.WHITE, MapStyle.GHOST_FILL_OPACITY),
                    colour(symbol == MarkerSymbol.DIAMOND ? MapStyle.MARK_UNCERTAIN : MapStyle.MARK),
                    new BasicStroke((float) MapStyle.GHOST_STROKE, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                            new float[] {(float) MapStyle.GHOST_DASH, (float) MapStyle.GHOST_GAP}, 0));
            m.dispose();
            return;
        }
        switch (symbol) {
            case RING -> paint(m, circle(s / 2, s / 2 - 2.5), colour(MapStyle.WHITE, MapStyle.RING_FILL_OPACITY), colour(MapStyle.MARK),
                    new BasicStroke(3));
            case DIAMOND -> paint(m, polygon(s / 2, 1.5, s - 1.5, s / 2, s / 2, s - 1.5, 1.5, s / 2),
                    colour(MapStyle.WHITE, MapStyle.DIAMOND_FILL_OPACITY), colour(MapStyle.MARK_UNCERTAIN),
                    new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {3, 2}, 0));
            case TRIANGLE -> paint(m, polygon(s / 2, 1.5, s - 1.5, s - 2, 1.5, s - 2), colour(MapStyle.INK), WHITE,
                    new BasicStroke(1.5f));
            case DOT -> paint(m, circle(s / 2, s / 2 - 2), colour(MapStyle.MARK), WHITE, new BasicStroke(2));
        }
        m.dispose();
    }

    /** The shape of symbols.js's mark, without its style. */
    private static Shape outline(MarkerSymbol symbol, double s) {
        return switch (symbol) {
            case RING -> circle(s / 2, s / 2 - 2.5);
            case DIAMOND -> polygon(s / 2, 1.5, s - 1.5, s / 2, s / 2, s - 1.5, 1.5, s / 2);
            case TRIANGLE -> polygon(s / 2, 1.5, s - 1.5, s - 2, 1.5, s - 2);
            case DOT -> circle(s / 2, s / 2 - 2);
        };
    }

    private static void paint(Graphics2D g, Shape shape, Color fill, Color stroke, BasicStroke line) {
        g.setColor(fill);
        g.fill(shape);
        g.setColor(stroke);
        g.setStroke(line);
        g.draw(shape);
    }

    private static Shape circle(double centre, double radius) {
        return new Ellipse2D.Double(centre - radius, centre - radius, 2 * radius, 2 * radius);
    }

    private static Shape polygon(double... xy) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        path.closePath();
        return path;
    }

    /** A {@link MapStyle} colour ({@code #rrggbb}). */
    static Color colour(String css) {
        return Color.decode(css);
    }

    /** A {@link MapStyle} colour at {@code opacity} (0..1), as the browser's {@code fill-opacity} draws it. */
    static Color colour(String css, double opacity) {
        Color colour = colour(css);
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), (int) Math.round(255 * opacity));
    }
}
