package org.strikemap.picture;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Geometry;
import org.strikemap.geo.GeoFeature;
import org.strikemap.leaflet.PathStyle;
import org.strikemap.map.MapStyle;

/**
 * Draws the map's areas, lines and labels onto Java2D in a {@link MercatorFrame}: JTS geometries become shapes through
 * JTS's {@link ShapeWriter}, styled by the same {@link PathStyle}s the browser map hands to Leaflet, and labels are
 * placed as leaflet-map.css places them. Line widths, dashes and font sizes are CSS pixels times {@code scale}.
 * Limits: text is drawn as plain glyphs, never interpreted; no label collision handling (as in the browser).
 */
final class LayerPainter {

    private static final String FONT = Font.SANS_SERIF;

    private final Graphics2D g;
    private final ShapeWriter shapes;
    private final double scale;

    LayerPainter(Graphics2D g, MercatorFrame frame, double scale) {
        this.g = g;
        this.shapes = new ShapeWriter(frame);
        this.scale = scale;
    }

    /** One geometry as Leaflet draws a path: fill (if any) under the stroke. */
    void area(Geometry geometry, PathStyle style) {
        area(geometry, style, style.fillColor());
    }

    /** One geometry in {@code style} with another fill, as the choropleth replaces only the fill. */
    void area(Geometry geometry, PathStyle style, String fill) {
        Shape shape = shapes.toShape(geometry);
        if (fill != null && style.fillOpacity() > 0) {
            g.setColor(withOpacity(fill, style.fillOpacity()));
            g.fill(shape);
        }
        if (style.weight() > 0 && style.opacity() > 0) {
            g.setColor(withOpacity(style.color(), style.opacity()));
            g.setStroke(stroke(style));
            g.draw(shape);
        }
    }

    /**
     * A label as leaflet-map.css draws its kind: places 6 px right of and 8 px above their point, capitals further up
     * and left, country names spaced capitals, ring labels centred under their point and turned by {@code angle}.
     */
    void label(GeoFeature feature, String textProperty, Point2D at) {
        String text = feature.text(textProperty);
        if (text == null || text.isBlank()) {
            return;
        }
        String kind = String.valueOf(feature.text("kind"));
        double size = 12;
        int style = Font.PLAIN;
        Color colour = MarkPainter.colour(MapStyle.LABEL);
        double dx = 6;
        double dy = -8;
        double tracking = 0;
        switch (kind) {
            case "country" -> {
                text = text.toUpperCase(Locale.ROOT);
                size = 11;
                tracking = 0.15;
                colour = MarkPainter.colour(MapStyle.COUNTRY_LABEL);
                dx = 0;
            }
            case "capital" -> {
                style = Font.BOLD;
                dx = -14;
                dy = -30;
            }
            case "launch" -> {
                style = Font.BOLD;
                colour = MarkPainter.colour(MapStyle.INK);
            }
            case "ring" -> {
                style = Font.ITALIC;
                size = 11;
                colour = MarkPainter.colour(MapStyle.INK);
            }
            default -> {
            }
        }
        Font font = new Font(FONT, style, 1).deriveFont((float) (size * scale));
        if (tracking > 0) {
            font = font.deriveFont(Map.of(TextAttribute.TRACKING, tracking));
        }
        TextLayout layout = new TextLayout(text, font, g.getFontRenderContext());
        AffineTransform place = new AffineTransform();
        place.translate(at.getX(), at.getY());
        if ("ring".equals(kind)) {
            place.translate(0, 2 * scale);
            place.rotate(Math.toRadians(number(feature.properties().get("angle"))));
            place.translate(-layout.getAdvance() / 2, layout.getAscent());
        } else {
            place.translate(dx * scale, dy * scale + layout.getAscent());
        }
        text(layout, place, colour);
    }

    /** Text with the CSS's white halo (a few px of text-shadow) under it. */
    void text(TextLayout layout, AffineTransform place, Color colour) {
        Shape outline = layout.getOutline(place);
        if (g.getClip() != null && !g.getClip().contains(outline.getBounds2D())) {
            return; // A label cut by the picture's edge reads as noise; the browser map would pan to it instead.
        }
        g.setColor(MarkPainter.colour(MapStyle.WHITE, 0.9));
        g.setStroke(new BasicStroke((float) (3 * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(outline);
        g.setColor(colour);
        g.fill(outline);
    }

    private BasicStroke stroke(PathStyle style) {
        float width = (float) (style.weight() * scale);
        if (style.dashArray() == null || style.dashArray().isBlank()) {
            return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        String[] parts = style.dashArray().trim().split("[ ,]+");
        float[] dashes = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            dashes[i] = (float) (Double.parseDouble(parts[i]) * scale);
        }
        // Leaflet's lines have round caps, which lengthen each dash by the line's width; butt caps keep the gaps open.
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, dashes, 0);
    }

    private static Color withOpacity(String css, double opacity) {
        return MarkPainter.colour(css, opacity);
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : value == null ? 0 : Double.parseDouble(value.toString());
    }
}
