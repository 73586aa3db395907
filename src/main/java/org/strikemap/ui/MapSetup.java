package org.strikemap.ui;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.geo.Bounds;
import org.strikemap.i18n.Messages;
import org.strikemap.launch.Ring;
import org.strikemap.leaflet.ChoroplethLayer;
import org.strikemap.leaflet.GeoJsonLayer;
import org.strikemap.leaflet.LabelLayer;
import org.strikemap.leaflet.LatLngBounds;
import org.strikemap.leaflet.MapLayer;
import org.strikemap.leaflet.MapWords;
import org.strikemap.leaflet.MarkerLayer;
import org.strikemap.leaflet.MarkerSymbol;
import org.strikemap.leaflet.TileLayer;
import org.strikemap.map.CountSentence;
import org.strikemap.map.Layer;
import org.strikemap.map.MapKey;
import org.strikemap.map.MapStyle;
import org.strikemap.map.Shading;
import org.strikemap.map.StrikeMarks;

/**
 * Everything the strike map draws for one loaded dataset: its layers, view, attribution, key, timeline and the
 * words the map says itself. The
 * full page hands it to its Flow components; the sessionless embed writes the same record into its page as JSON,
 * so both draw one map. Layer URLs are relative to the site root. Styles and the key's words come from
 * {@link MapStyle} and {@link MapKey}, which the server's picture of the map (/embed.png) draws with too. Words and
 * layer URLs are those of one interface language.
 */
public record MapSetup(List<MapLayer> layers, LatLngBounds bounds, String attribution, Optional<TileLayer> tiles,
                       Legend legend, TimelineSetup timeline, MapWords words) {

    public static final String STRIKES = Layer.STRIKES.id();
    static final String REGIONS = Layer.REGIONS.id();
    static final String LAUNCH = Layer.LAUNCH_SITES.id();
    private static final List<String> RING_LAYERS = List.of(Layer.RANGE_RINGS.id(), Layer.RANGE_RING_LABELS.id());

    /** A switch that shows or hides the named map layers. */
    public record Switch(String label, List<String> layers) {
    }

    /**
     * The key: marks, the shading's swatches (base first) with their label, the possible tone with its label, and
     * the layer switches.
     */
    public record Legend(List<MapKey.Entry> entries, List<String> swatches, String shadingLabel, String possibleSwatch,
                         String possibleLabel, List<Switch> switches) {
    }

    /**
     * The day slider: its period, the strikes layer it counts, and the count sentence's templates (day and window),
     * keyed by the property names the timeline and list elements take, so the page and the embed set them alike.
     */
    public record TimelineSetup(LocalDate start, LocalDate end, String src, int unlocated, Map<String, String> templates) {

        /** The whole map's templates and the region's (whose possible parts are the map's and which has no unlocated part). */
        static Map<String, String> templatesOf(CountSentence.Templates map, CountSentence.Templates region) {
            Map<String, String> templates = new LinkedHashMap<>();
            templates.put("countTemplate", map.onRecord());
            templates.put("possibleTemplate", map.possible());
            templates.put("unlocatedTemplate", map.unlocated());
            templates.put("regionCountTemplate", region.onRecord());
            templates.put("windowCountTemplate", map.inWindow());
            templates.put("windowPossibleTemplate", map.possibleInWindow());
            templates.put("windowRegionCountTemplate", region.inWindow());
            return Collections.unmodifiableMap(templates);
        }
    }

    /** The map's accessible name, the same on the full page and in the embed. */
    public static String label(Messages words, String title) {
        return words.get("embed.mapLabel", "title", title);
    }

    /** Where a "skip the map" link leads: the element after the map that carries the same facts as text. */
    public static final String SKIP_TARGET = "sm-after-map";

    public static MapSetup of(LoadedDataset dataset, Optional<TileLayer> tiles, Messages words) {
        return of(dataset, tiles, words, "");
    }

    /**
     * As {@link #of(LoadedDataset, Optional, Messages)}, the layers' URLs starting with {@code root}: the way from the
     * page's folder to the site root ("../../" for a page at /maps/{slug}/embed) where no {@code <base>} leads there.
     */
    public static MapSetup of(LoadedDataset dataset, Optional<TileLayer> tiles, Messages words, String root) {
        Bounds view = dataset.description().view();
        String language = words.tag();
        String attribution = dataset.description().in(language).credit()
                + tiles.map(TileLayer::attribution).filter(text -> !text.isBlank()).map(text -> "; tiles: " + text).orElse("");
        String strikesUrl = root + Layer.STRIKES.path(dataset.version(), language);
        var overview = dataset.sources().overview();
        return new MapSetup(layers(new Paths(root, dataset.version(), words.tag()), words),
                new LatLngBounds(view.south(), view.west(), view.north(), view.east()),
                attribution, tiles, legend(dataset, Shading.ATTACKS, words),
                new TimelineSetup(overview.periodFrom(), overview.periodTo(), strikesUrl, dataset.unlocatedAttacks(),
                        TimelineSetup.templatesOf(CountSentence.forMap(words), CountSentence.forRegion(words))),
                new MapWords(words.get("map.zoomIn"), words.get("map.zoomOut"), words.get("map.possible"),
                        words.get("map.possibleInWindow")));
    }

    private static List<MapLayer> layers(Paths path, Messages words) {
        Shading shading = Shading.ATTACKS;
        return List.of(
                GeoJsonLayer.of(Layer.COUNTRIES.id(), path.of(Layer.COUNTRIES), MapStyle.COUNTRIES),
                new ChoroplethLayer(REGIONS, path.of(Layer.REGIONS), "code", "name",
                        new ChoroplethLayer.Counting(STRIKES, "region", StrikeMarks.COUNTED),
                        new ChoroplethLayer.Scale(shading.breaks(), shading.colours(), shading.possible()), MapStyle.REGIONS,
                        new ChoroplethLayer.Tooltips(words.get("region.tooltip"), words.get("region.tooltipOne"),
                                words.get("region.tooltipPossible")),
                        new ChoroplethLayer.Tooltips(words.get("region.tooltipWindow"), words.get("region.tooltipWindowOne"),
                                words.get("region.tooltipWindowPossible"))),
                GeoJsonLayer.of(Layer.LAUNCH_AREAS.id(), path.of(Layer.LAUNCH_AREAS),
                        MapStyle.LAUNCH_AREAS).withTooltip("tooltip"),
                GeoJsonLayer.of(RING_LAYERS.get(0), path.of(Layer.RANGE_RINGS),
                        MapStyle.RANGE_RINGS),
                LabelLayer.of(Layer.COUNTRY_LABELS.id(), path.of(Layer.COUNTRY_LABELS), "name").styledBy("kind")
                        .rankedBy("rank").centredOnPoint(),
                LabelLayer.of(Layer.PLACE_LABELS.id(), path.of(Layer.PLACE_LABELS), "name").styledBy("kind")
                        .rankedBy("rank"),
                LabelLayer.of(Layer.NEARBY_PLACE_LABELS.id(), path.of(Layer.NEARBY_PLACE_LABELS), "name")
                        .styledBy("kind").fromZoom(8).rankedBy("rank"),
                LabelLayer.of(RING_LAYERS.get(1), path.of(Layer.RANGE_RING_LABELS), "label").styledBy("kind")
                        .rotatedBy("angle").rankedBy("rank").movableTo("anchors"),
                MarkerLayer.of(LAUNCH, path.of(Layer.LAUNCH_SITES)).symbol(MarkerSymbol.TRIANGLE)
                        .titledBy("title").sized(MapStyle.LAUNCH_MARK_SIZE),
                MarkerLayer.of(STRIKES, path.of(Layer.STRIKES))
                        .symbolFrom(StrikeMarks.SYMBOL)
                        .fadedWhen(StrikeMarks.FADED)
                        .visibleFrom(StrikeMarks.VISIBLE_FROM)
                        .onRecordFrom(StrikeMarks.ON_RECORD_FROM)
                        .titledBy("title")
                        .sized(MapStyle.STRIKE_MARK_SIZE));
    }

    /** The layers' URLs for one map version and language, from the page's way to the site root. */
    private record Paths(String root, String version, String language) {
        String of(Layer layer) {
            return root + layer.path(version, language);
        }
    }

    private static Legend legend(LoadedDataset dataset, Shading shading, Messages words) {
        List<String> swatches = Stream.concat(Stream.of(shading.base()),
                shading.colours().stream()).toList();
        List<Ring> rings = dataset.launch().rings();
        List<Switch> switches = rings.isEmpty() ? List.of()
                : List.of(new Switch(rings.stream().map(ring -> ring.label().in(words.tag())).collect(Collectors.joining("; ")),
                        RING_LAYERS));
        return new Legend(MapKey.entries(dataset, words), swatches, MapKey.shadingLabel(shading, words), shading.possible(),
                MapKey.possibleShading(words), switches);
    }
}
