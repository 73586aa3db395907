package org.strikemap.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.InteriorPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.strikemap.geo.GeoJson;
import org.strikemap.geo.GeoPoint;
import org.strikemap.dataset.DatasetTestSupport;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.ingest.TestDatabase;
import org.strikemap.map.DayState;
import org.strikemap.map.MapLayers;
import org.strikemap.map.MapStyle;
import org.strikemap.map.Shading;
import org.strikemap.map.StrikeMarks;
import org.strikemap.map.TimeWindow;
import org.strikemap.region.Region;
import org.strikemap.strike.Strike;

/** The server's picture of the map, drawn for the test fixture and read back pixel by pixel. */
class MapPictureTest {

    @TempDir
    static Path temp;

    static LoadedDataset dataset;

    @BeforeAll
    static void load() {
        TestDatabase db = TestDatabase.create();
        db.load(TestDatabase.copyFixture(temp));
        dataset = db.read("data");
    }

    static MapPicture picture() {
        return MapPicture.of(dataset, new MapLayers());
    }

    static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    static Color at(BufferedImage image, Point2D point) {
        return new Color(image.getRGB((int) Math.floor(point.getX()), (int) Math.floor(point.getY())));
    }

    @Test
    void theSizeFollowsTheWidthUpToTheCapAndTheHeightFollowsTheView() throws IOException {
        BufferedImage wide = decode(picture().width(800).png());
        assertEquals(800, wide.getWidth());
        BufferedImage capped = decode(picture().width(5000).png());
        assertEquals(MapPicture.MAX_WIDTH, capped.getWidth());
        assertEquals(MapPicture.MIN_WIDTH, decode(picture().width(20).png()).getWidth());
        // The fixture's view is wider than tall in Mercator (about 0.69), plus the title and credit bands.
        MapPicture at800 = picture().width(800);
        assertEquals(at800.height(), wide.getHeight());
        double mapHeight = at800.height() - at800.headerHeight() - at800.footerHeight();
        assertEquals(0.689, mapHeight / 800, 0.01);
        assertEquals(2.5, capped.getHeight() / (double) wide.getHeight(), 0.02, "the height scales with the width");
    }

    @Test
    void aRegionIsShadedByTheAttacksCountedByTheDay() throws IOException {
        Strike strike = dataset.strikes().find("kharkiv-day").orElseThrow();
        Region region = dataset.regions().find(strike.location().region()).orElseThrow();
        Coordinate inside = InteriorPoint.getInteriorPoint(region.outline().difference(marksAndLabels()));
        LocalDate after = StrikeMarks.visibleFrom(strike.date()).plusDays(1);
        LocalDate before = dataset.sources().overview().periodFrom();
        assertTrue(dataset.strikes().all().stream().noneMatch(s -> s.location().region().equals(region.code())
                && TimeWindow.upTo(before).stateOf(s.date()).shown()), "no attack in the region yet on the first day");
        long counted = dataset.strikes().all().stream().filter(s -> s.location().region().equals(region.code())
                && TimeWindow.upTo(after).stateOf(s.date()).shown() && StrikeMarks.counted(s.status())).count();
        assertEquals(1, counted);

        MapPicture then = picture().on(after);
        Point2D pixel = new Point2D.Double();
        then.frame().transform(inside, pixel);
        assertEquals(Color.decode(Shading.ATTACKS.colourFor(1)), at(decode(then.png()), pixel));
        assertEquals(Color.decode(Shading.ATTACKS.base()), at(decode(picture().on(before).png()), pixel));
    }

    /** Where marks and labels may cover a region: a box around each strike and place, longer on the label's side. */
    private static Geometry marksAndLabels() {
        List<GeoPoint> points = new ArrayList<>();
        dataset.strikes().all().forEach(strike -> points.add(strike.location().point()));
        dataset.baseMap().places().forEach(place -> points.add(place.point()));
        return GeoJson.WGS84.buildGeometry(points.stream().map(point -> GeoJson.WGS84.toGeometry(
                new Envelope(point.lon() - 0.3, point.lon() + 1.5, point.lat() - 0.2, point.lat() + 0.2))).toList()).union();
    }

    @Test
    void aStrikeIsMarkedFromTheDayItShowsAndNotBefore() throws IOException {
        Strike strike = dataset.strikes().find("kharkiv-day").orElseThrow();
        LocalDate from = StrikeMarks.visibleFrom(strike.date());
        MapPicture on = picture().on(from);
        Point2D pixel = on.frame().pixel(strike.location().point());
        // A dot (a town, a day's date): filled with the mark colour at its centre, at full strength.
        assertEquals(Color.decode(MapStyle.MARK), at(decode(on.png()), pixel));
        assertNotEquals(Color.decode(MapStyle.MARK), at(decode(picture().on(from.minusDays(1)).png()), pixel));
    }

    @Test
    void aWindowDrawsTheStrikesInItAndNotThoseBeforeIt() throws IOException {
        Strike strike = dataset.strikes().find("kharkiv-day").orElseThrow();
        LocalDate day = StrikeMarks.visibleFrom(strike.date());
        MapPicture inside = picture().within(TimeWindow.between(day, day));
        Point2D pixel = inside.frame().pixel(strike.location().point());
        assertEquals(Color.decode(MapStyle.MARK), at(decode(inside.png()), pixel));
        MapPicture after = picture().within(TimeWindow.between(day.plusDays(1), day.plusDays(2)));
        assertNotEquals(Color.decode(MapStyle.MARK), at(decode(after.png()), pixel));
    }

    @Test
    void aHighlightedStrikeIsDrawnLargerThanTheOthers() throws IOException {
        Strike strike = dataset.strikes().find("kharkiv-day").orElseThrow();
        MapPicture plain = picture();
        Point2D pixel = plain.frame().pixel(strike.location().point());
        int plainArea = markPixels(decode(plain.png()), pixel);
        int highlightedArea = markPixels(decode(plain.highlighting(strike).png()), pixel);
        assertTrue(plainArea > 100, "the dot is drawn: " + plainArea);
        // 1.35 times larger across is about 1.8 times the area.
        assertEquals(1.35 * 1.35, highlightedArea / (double) plainArea, 0.25);
    }

    /** How many pixels of the mark colour lie within 20 px of {@code centre}. */
    private static int markPixels(BufferedImage image, Point2D centre) {
        int mark = Color.decode(MapStyle.MARK).getRGB();
        int count = 0;
        for (int y = (int) centre.getY() - 20; y <= centre.getY() + 20; y++) {
            for (int x = (int) centre.getX() - 20; x <= centre.getX() + 20; x++) {
                count += image.getRGB(x, y) == mark ? 1 : 0;
            }
        }
        return count;
    }

    @Test
    void aVagueDateOnRecordIsDrawnAtTheFadedOpacityOverWhatLiesBelow() throws IOException {
        Strike strike = dataset.strikes().find("kyiv-month").orElseThrow();
        assertTrue(StrikeMarks.faded(strike.date().precision()));
        // The fixture's row: 2024-01-01..2024-01-31, so on record from its last day.
        LocalDate end = LocalDate.parse("2024-01-31");
        Point2D pixel = picture().frame().pixel(strike.location().point());
        // Below the mark, its own region shaded for the day (it counts itself).
        Color below = Color.decode(Shading.ATTACKS.colourFor(attacksIn(strike.location().region(), end, DayState.RECORD)));
        assertNotEquals(below, Color.decode(Shading.ATTACKS.base()));
        Color drawn = at(decode(picture().on(end).png()), pixel);
        Color mark = Color.decode(MapStyle.MARK);
        double opacity = MapStyle.FADED_OPACITY;
        assertEquals(mark.getRed() * opacity + below.getRed() * (1 - opacity), drawn.getRed(), 2);
        assertEquals(mark.getGreen() * opacity + below.getGreen() * (1 - opacity), drawn.getGreen(), 2);
        assertEquals(mark.getBlue() * opacity + below.getBlue() * (1 - opacity), drawn.getBlue(), 2);
    }

    @Test
    void aPossibleStrikeIsTheGhostOfItsMarkOverTheSecondTone() throws IOException {
        Strike strike = dataset.strikes().find("kyiv-month").orElseThrow();
        // The fixture's row: 2024-01-01..2024-01-31, so only possible on 15 Jan.
        LocalDate day = LocalDate.parse("2024-01-15");
        assertEquals(0, attacksIn(strike.location().region(), day, DayState.RECORD));
        assertEquals(1, attacksIn(strike.location().region(), day, DayState.POSSIBLE));
        Color below = Color.decode(Shading.ATTACKS.possible());
        Point2D pixel = picture().frame().pixel(strike.location().point());
        Color drawn = at(decode(picture().on(day).png()), pixel);
        // The centre: the ghost's white fill over the region, the whole mark at the faded opacity (a vague date).
        double white = MapStyle.GHOST_FILL_OPACITY * MapStyle.FADED_OPACITY;
        assertEquals(255 * white + below.getRed() * (1 - white), drawn.getRed(), 2);
        assertEquals(255 * white + below.getGreen() * (1 - white), drawn.getGreen(), 2);
        assertEquals(255 * white + below.getBlue() * (1 - white), drawn.getBlue(), 2);
    }

    /** Counted attacks in {@code region} (null: anywhere) whose state on {@code day} is {@code state}. */
    private static int attacksIn(String region, LocalDate day, DayState state) {
        return (int) dataset.strikes().all().stream().filter(s -> region == null || s.location().region().equals(region))
                .filter(s -> StrikeMarks.counted(s.status()) && TimeWindow.upTo(day).stateOf(s.date()) == state).count();
    }
}
