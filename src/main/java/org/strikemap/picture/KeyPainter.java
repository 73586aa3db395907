package org.strikemap.picture;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.strikemap.i18n.Messages;
import org.strikemap.map.MapKey;
import org.strikemap.map.MapStyle;
import org.strikemap.map.Shading;

/**
 * The picture's key in the map's bottom left corner, with the page legend's words ({@link MapKey}): each mark and
 * what it means, then the shading's swatches and what they count, so a link preview explains itself.
 * Limits: sized for the key's few rows; at small widths it shrinks with everything else.
 */
final class KeyPainter {

    private static final double ROW = 21;
    private static final double FONT_SIZE = 13;
    private static final double PAD = 10;
    private static final int SYMBOL = MapStyle.KEY_MARK_SIZE;

    private KeyPainter() {
    }

    /** Draws the key with its bottom left at ({@code left}, {@code bottom}); sizes are CSS pixels times {@code scale}. */
    static void draw(Graphics2D g, List<MapKey.Entry> entries, Shading shading, Messages words, double left, double bottom,
                     double scale) {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont((float) (FONT_SIZE * scale));
        List<TextLayout> texts = new ArrayList<>();
        entries.forEach(entry -> texts.add(new TextLayout(entry.text(), font, g.getFontRenderContext())));
        TextLayout shadingText = new TextLayout(MapKey.shadingLabel(shading, words), font, g.getFontRenderContext());
        TextLayout possibleText = new TextLayout(MapKey.possibleShading(words), font, g.getFontRenderContext());
        int swatches = shading.colours().size() + 1;
        double swatch = 18 * scale;
        double textLeft = (PAD + SYMBOL + 8) * scale;
        double widest = Math.max(swatches * swatch + 2 * PAD * scale,
                textLeft + texts.stream().mapToDouble(TextLayout::getAdvance).max().orElse(0) + PAD * scale);
        widest = Math.max(widest, shadingText.getAdvance() + 2 * PAD * scale);
        widest = Math.max(widest, textLeft + possibleText.getAdvance() + PAD * scale);
        double height = (entries.size() * ROW + 3 * ROW + 2 * PAD) * scale;
        double top = bottom - height;

        g.setColor(MarkPainter.colour(MapStyle.WHITE, 0.88));
        RoundRectangle2D box = new RoundRectangle2D.Double(left, top, widest, height, 8 * scale, 8 * scale);
        g.fill(box);
        g.setColor(MarkPainter.colour(MapStyle.LINE));
        g.setStroke(new BasicStroke((float) Math.max(1, scale)));
        g.draw(box);

        Color text = MarkPainter.colour(MapStyle.LABEL);
        double y = top + PAD * scale;
        for (int i = 0; i < entries.size(); i++) {
            MapKey.Entry entry = entries.get(i);
            Point2D centre = new Point2D.Double(left + (PAD + SYMBOL / 2.0) * scale, y + ROW * scale / 2);
            MarkPainter.draw(g, new MarkPainter.Mark("key-" + i, "", centre, entry.symbol(),
                    MarkPainter.Look.PLAIN.faded(entry.faded()).possible(entry.possible())), centre,
                    SYMBOL, scale);
            g.setColor(text);
            texts.get(i).draw(g, (float) (left + textLeft), (float) (y + ROW * scale / 2 + texts.get(i).getAscent() / 2.6));
            y += ROW * scale;
        }
        List<String> colours = new ArrayList<>(List.of(shading.base()));
        colours.addAll(shading.colours());
        for (int i = 0; i < colours.size(); i++) {
            Rectangle2D cell = new Rectangle2D.Double(left + PAD * scale + i * swatch, y + 4 * scale, swatch, 12 * scale);
            g.setColor(MarkPainter.colour(colours.get(i)));
            g.fill(cell);
        }
        y += ROW * scale;
        g.setColor(text);
        shadingText.draw(g, (float) (left + PAD * scale), (float) (y + ROW * scale / 2 + shadingText.getAscent() / 2.6));
        // The second tone: a region with attacks possible, none yet on record.
        y += ROW * scale;
        g.setColor(MarkPainter.colour(shading.possible()));
        g.fill(new Rectangle2D.Double(left + PAD * scale, y + 4 * scale, SYMBOL * scale, 12 * scale));
        g.setColor(text);
        possibleText.draw(g, (float) (left + textLeft), (float) (y + ROW * scale / 2 + possibleText.getAscent() / 2.6));
    }
}
