package org.strikemap.picture;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.strikemap.i18n.Messages;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.geo.Bounds;
import org.strikemap.geo.GeoFeature;
import org.strikemap.launch.LaunchSite;
import org.strikemap.leaflet.MarkerSymbol;
import org.strikemap.map.CountSentence;
import org.strikemap.map.DayState;
import org.strikemap.map.Layer;
import org.strikemap.map.MapKey;
import org.strikemap.map.StrikeNotes;
import org.strikemap.map.MapLayers;
import org.strikemap.map.MapStyle;
import org.strikemap.map.Shading;
import org.strikemap.map.StrikeMarks;
import org.strikemap.map.TimeWindow;
import org.strikemap.region.Region;
import org.strikemap.strike.Strike;

/**
 * A picture of the map on one day or from–to window, drawn on the server with Java2D from the loaded dataset's geometry and the map's
 * own rules ({@link StrikeMarks}, {@link Shading}, {@link MapStyle}): a title band with the day and the count, the
 * map in Web Mercator fitted to the dataset's view with its key, and the credit. Read as a phrase:
 * {@code MapPicture.of(dataset, layers).on(day).highlighting(strike).width(1200).in(words).png()} ({@code within(window)}
 * for a window); worded in English unless {@link #in(Messages)} says otherwise; the credit names the site's public
 * address when {@link #signed(String)} gives one.
 * Limits: no tiles and no interaction; a few hundred ms of CPU per picture, so callers cache the bytes.
 */
record MapPicture(LoadedDataset dataset, MapLayers layers, TimeWindow window, Optional<Strike> highlighted, int width,
                  Messages words, String address) {

    static final int DEFAULT_WIDTH = 1200;
    /** Wider asks are drawn at this width: bigger pictures cost memory and time and add nothing to a preview. */
    static final int MAX_WIDTH = 2000;
    static final int MIN_WIDTH = 200;
    /** Below this width the key would cover too much of the map; the page's legend explains the marks instead. */
    static final int MIN_WIDTH_WITH_KEY = 700;
    private static final double MIN_SCALE = 0.7;

    private static final Color TEXT = MarkPainter.colour(MapStyle.INK);
    private static final Color MUTED = MarkPainter.colour(MapStyle.LABEL);

    static {
        // A server has no display; without this, AWT may look for one. Spring Boot sets it too, tests may not.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    MapPicture {
        width = Math.clamp(width, MIN_WIDTH, MAX_WIDTH);
    }

    /** The map at the end of the dataset's period, nothing highlighted, {@link #DEFAULT_WIDTH} wide. */
    static MapPicture of(LoadedDataset dataset, MapLayers layers) {
        return new MapPicture(dataset, layers, TimeWindow.upTo(lastDay(dataset)), Optional.empty(), DEFAULT_WIDTH,
                Messages.english(), "");
    }

    /** The day a picture shows when none is asked for: the last of the period (today when nothing is loaded). */
    static LocalDate lastDay(LoadedDataset dataset) {
        LocalDate to = dataset.sources().overview().periodTo();
        return to != null ? to : LocalDate.now(ZoneOffset.UTC);
    }

    MapPicture on(LocalDate replacement) {
        return within(TimeWindow.upTo(replacement));
    }

    MapPicture within(TimeWindow replacement) {
        return new MapPicture(dataset, layers, replacement, highlighted, width, words, address);
    }

    MapPicture highlighting(Strike strike) {
        return new MapPicture(dataset, layers, window, Optional.ofNullable(strike), width, words, address);
    }

    MapPicture width(int replacement) {
        return new MapPicture(dataset, layers, window, highlighted, replacement, words, address);
    }

    /** The same picture worded in {@code replacement}'s language. */
    MapPicture in(Messages replacement) {
        return new MapPicture(dataset, layers, window, highlighted, width, replacement, address);
    }

    /** The same picture crediting the site at {@code replacement} (its public address, scheme left out; "" for none). */
    MapPicture signed(String replacement) {
        return new MapPicture(dataset, layers, window, highlighted, width, words, replacement);
    }

    /**
     * CSS pixels to picture pixels: the web map's sizes look right at {@link #DEFAULT_WIDTH}; narrower pictures keep
     * text, lines and marks at least {@link #MIN_SCALE} of that, or they could not be read.
     */
    double scale() {
        return Math.max(MIN_SCALE, width / (double) DEFAULT_WIDTH);
    }

    int headerHeight() {
        return (int) Math.round(74 * scale());
    }

    int footerHeight() {
        return (int) Math.round(28 * scale());
    }

    int height() {
        return headerHeight() + mapHeight() + footerHeight();
    }

    /** Where the map's geometry lands in the picture. */
    MercatorFrame frame() {
        return MercatorFrame.fit(view(), 0, headerHeight(), width, mapHeight());
    }

    byte[] png() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            ImageIO.write(image(), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    BufferedImage image() {
        BufferedImage image = new BufferedImage(width, height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        try {
            drawMap(g);
            drawBands(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    private void drawMap(Graphics2D g) {
        MercatorFrame frame = frame();
        g.setColor(MarkPainter.colour(MapStyle.WATER));
        g.fillRect(0, headerHeight(), width, mapHeight());
        Graphics2D clipped = (Graphics2D) g.create(0, 0, width, headerHeight() + mapHeight());
        clipped.clipRect(0, headerHeight(), width, mapHeight());
        LayerPainter paths = new LayerPainter(clipped, frame, scale());
        dataset.baseMap().countries().forEach(country -> paths.area(country.outline(), MapStyle.COUNTRIES));
        Map<String, Integer> onRecord = dataset.regions().attackCounts(countedOn(DayState.RECORD));
        Map<String, Integer> possible = dataset.regions().attackCounts(countedOn(DayState.POSSIBLE));
        for (Region region : dataset.regions().all()) {
            paths.area(region.outline(), MapStyle.REGIONS, Shading.ATTACKS.fillFor(onRecord.getOrDefault(region.code(), 0),
                    possible.getOrDefault(region.code(), 0)));
        }
        dataset.launch().areas().forEach(area -> paths.area(area.outline(), MapStyle.LAUNCH_AREAS));
        dataset.launch().rings().forEach(ring -> paths.area(dataset.launch().outline(ring), MapStyle.RANGE_RINGS));
        labels(paths, frame, Layer.COUNTRY_LABELS, "name");
        labels(paths, frame, Layer.PLACE_LABELS, "name");
        labels(paths, frame, Layer.RANGE_RING_LABELS, "label");
        for (LaunchSite site : dataset.launch().sites()) {
            MarkPainter.draw(clipped, new MarkPainter.Mark(site.id(), "", frame.pixel(site.point()), MarkerSymbol.TRIANGLE,
                    MarkPainter.Look.PLAIN),
                    frame.pixel(site.point()), MapStyle.LAUNCH_MARK_SIZE, scale());
        }
        drawStrikes(clipped, frame);
        if (width >= MIN_WIDTH_WITH_KEY) {
            KeyPainter.draw(clipped, MapKey.entries(dataset, words), Shading.ATTACKS, words, 12 * scale(),
                    headerHeight() + mapHeight() - 12 * scale(), scale());
        }
        clipped.dispose();
    }

    private void labels(LayerPainter paths, MercatorFrame frame, Layer layer, String textProperty) {
        for (GeoFeature feature : layers.features(dataset, layer, words)) {
            Point2D.Double at = new Point2D.Double();
            frame.transform(feature.geometry().getCoordinate(), at);
            paths.label(feature, textProperty, at);
        }
    }

    /** The strikes the map shows in {@link #window()}, lower marks over higher ones and the highlighted one on top. */
    private void drawStrikes(Graphics2D g, MercatorFrame frame) {
        List<MarkPainter.Mark> marks = new ArrayList<>();
        for (Strike strike : visible()) {
            boolean selected = highlighted.filter(strike::equals).isPresent();
            marks.add(new MarkPainter.Mark(strike.id(), MarkPainter.Mark.spotOf(strike.location().point()),
                    frame.pixel(strike.location().point()), StrikeMarks.symbolOf(strike.status(), strike.location().precision()),
                    MarkPainter.Look.PLAIN.faded(StrikeMarks.faded(strike.date().precision()))
                            .possible(window.stateOf(strike.date()) == DayState.POSSIBLE).selected(selected)));
        }
        Map<MarkPainter.Mark, Point2D> offsets = MarkPainter.fanOut(marks, MapStyle.STRIKE_MARK_SIZE);
        marks.sort(Comparator.comparing((MarkPainter.Mark mark) -> mark.selected())
                .thenComparingDouble(mark -> mark.position().getY()));
        for (MarkPainter.Mark mark : marks) {
            Point2D offset = offsets.get(mark);
            Point2D at = new Point2D.Double(mark.position().getX() + offset.getX() * scale(),
                    mark.position().getY() + offset.getY() * scale());
            MarkPainter.draw(g, mark, at, MapStyle.STRIKE_MARK_SIZE, scale());
        }
    }

    /** Title and the day's count above the map, the credit below it. */
    private void drawBands(Graphics2D g) {
        double s = scale();
        g.setColor(MarkPainter.colour(MapStyle.WHITE));
        g.fillRect(0, 0, width, headerHeight());
        g.fillRect(0, headerHeight() + mapHeight(), width, footerHeight());
        g.setColor(MarkPainter.colour(MapStyle.LINE));
        g.fillRect(0, headerHeight() - Math.max(1, (int) s), width, Math.max(1, (int) s));
        g.fillRect(0, headerHeight() + mapHeight(), width, Math.max(1, (int) s));
        double margin = 18 * s;
        var description = dataset.description().in(words.tag());
        line(g, description.title(), Font.BOLD, 26 * s, margin, 36 * s, TEXT);
        int record = countedOn(DayState.RECORD).size();
        int possible = countedOn(DayState.POSSIBLE).size();
        String count = CountSentence.of(CountSentence.forMap(words), new CountSentence.Tally(record, possible,
                dataset.strikes().locatedAttackCount(), dataset.unlocatedAttacks()), window);
        String as = (window.cumulative() ? words.get("picture.asOf", "day", words.shortDay(window.to()))
                : words.shortSpan(window.from(), window.to()))
                + " · " + count
                + highlighted.filter(visible()::contains).map(strike -> " · " + words.get("picture.marked",
                        "strike", strike.location().place().in(words.tag()) + ", " + StrikeNotes.dateLabel(strike.date(), words))).orElse("");
        line(g, as, Font.PLAIN, 15 * s, margin, 61 * s, MUTED);
        String credit = description.credit() + " · StrikeMap" + (address.isEmpty() ? "" : " · " + address);
        line(g, credit, Font.PLAIN, 12 * s, margin,
                headerHeight() + mapHeight() + 19 * s, MUTED);
    }


    /** One line of text from ({@code x}, baseline {@code y}), shrunk to fit the picture's width. */
    private void line(Graphics2D g, String text, int style, double size, double x, double y, Color colour) {
        if (text == null || text.isBlank()) {
            return;
        }
        Font font = new Font(Font.SANS_SERIF, style, 1).deriveFont((float) size);
        TextLayout layout = new TextLayout(text, font, g.getFontRenderContext());
        double room = width - 2 * x;
        if (layout.getAdvance() > room) {
            layout = new TextLayout(text, font.deriveFont((float) (size * room / layout.getAdvance())), g.getFontRenderContext());
        }
        g.setColor(colour);
        layout.draw(g, (float) x, (float) y);
    }

    /** The strikes whose marks show in {@link #window()}, by the map's own rule. */
    List<Strike> visible() {
        return dataset.strikes().all().stream().filter(strike -> window.stateOf(strike.date()).shown()).toList();
    }

    /** The attacks the map counts and shades regions by that are in {@code state} in {@link #window()}. */
    private List<Strike> countedOn(DayState state) {
        return visible().stream().filter(s -> StrikeMarks.counted(s.status())).filter(s -> window.stateOf(s.date()) == state)
                .toList();
    }

    private int mapHeight() {
        return MercatorFrame.heightFor(view(), width, 2 * width);
    }

    private Bounds view() {
        return dataset.description().view();
    }
}
