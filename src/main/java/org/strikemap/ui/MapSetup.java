package org.strikemap.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.geo.Bounds;
import org.strikemap.launch.Ring;
import org.strikemap.leaflet.ChoroplethLayer;
import org.strikemap.leaflet.GeoJsonLayer;
import org.strikemap.leaflet.LabelLayer;
import org.strikemap.leaflet.LatLngBounds;
import org.strikemap.leaflet.MapLayer;
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
 * Everything the strike map draws for one loaded dataset: its layers, view, attribution, key and timeline. The
 * full page hands it to its Flow components; the sessionless embed writes the same record into its page as JSON,
 * so both draw one map. Layer URLs are relative to the site root. Styles and the key's words come from
 * {@link MapStyle} and {@link MapKey}, which the server's picture of the map (/embed.png) draws with too.
 */
public record MapSetup(List<MapLayer> layers, LatLngBounds bounds, String attribution, Optional<TileLayer> tiles,
                       Legend legend, TimelineSetup timeline) {

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

    /** The day slider: its period, the strikes layer it counts, and the count sentence's templates (day and window). */
    public record TimelineSetup(LocalDate start, LocalDate end, String src, int unlocated, String countTemplate,
                                String possibleTemplate, String unlocatedTemplate, String regionCountTemplate,
                                String windowCountTemplate, String windowPossibleTemplate, String windowRegionCountTemplate) {
    }

    /** The map's accessible name, the same on the full page and in the embed. */
    public static String label(String title) {
        return "Map: " + title;
    }

    /** Where a "skip the map" link leads: the element after the map that carries the same facts as text. */
    public static final String SKIP_TARGET = "sm-after-map";

    public static MapSetup of(LoadedDataset dataset, Optional<TileLayer> tiles) {
        Bounds view = dataset.description().view();
        String attribution = dataset.description().credit()
                + tiles.map(TileLayer::attribution).filter(text -> !text.isBlank()).map(text -> "; tiles: " + text).orElse("");
        String strikesUrl = Layer.STRIKES.path(dataset.version());
        var overview = dataset.sources().overview();
        return new MapSetup(layers(dataset.version()), new LatLngBounds(view.south(), view.west(), view.north(), view.east()),
                attribution, tiles, legend(dataset, Shading.ATTACKS),
                new TimelineSetup(overview.periodFrom(), overview.periodTo(), strikesUrl, dataset.unlocatedAttacks(),
                        CountSentence.ON_RECORD, CountSentence.POSSIBLE, CountSentence.UNLOCATED,
                        CountSentence.IN_REGION, CountSentence.IN_WINDOW, CountSentence.POSSIBLE_IN_WINDOW,
                        CountSentence.IN_REGION_WINDOW));
    }

    private static List<MapLayer> layers(String version) {
        Shading shading = Shading.ATTACKS;
        return List.of(
                GeoJsonLayer.of(Layer.COUNTRIES.id(), Layer.COUNTRIES.path(version), MapStyle.COUNTRIES),
                new ChoroplethLayer(REGIONS, Layer.REGIONS.path(version), "code", "name", STRIKES, "region",
                        StrikeMarks.COUNTED, shading.breaks(), shading.colours(), shading.possible(), MapStyle.REGIONS,
                        "{name}: {count} attacks on record", "{name}: 1 attack on record", ", {possible} more possible",
                        new ChoroplethLayer.Tooltips("{name}: {count} attacks in this window", "{name}: 1 attack in this window",
                                ", {possible} more possibly in it")),
                GeoJsonLayer.of(Layer.LAUNCH_AREAS.id(), Layer.LAUNCH_AREAS.path(version),
                        MapStyle.LAUNCH_AREAS).withTooltip("tooltip"),
                GeoJsonLayer.of(RING_LAYERS.get(0), Layer.RANGE_RINGS.path(version),
                        MapStyle.RANGE_RINGS),
                LabelLayer.of(Layer.COUNTRY_LABELS.id(), Layer.COUNTRY_LABELS.path(version), "name").styledBy("kind")
                        .rankedBy("rank").centredOnPoint(),
                LabelLayer.of(Layer.PLACE_LABELS.id(), Layer.PLACE_LABELS.path(version), "name").styledBy("kind")
                        .rankedBy("rank"),
                LabelLayer.of(Layer.NEARBY_PLACE_LABELS.id(), Layer.NEARBY_PLACE_LABELS.path(version), "name")
                        .styledBy("kind").fromZoom(8).rankedBy("rank"),
                LabelLayer.of(RING_LAYERS.get(1), Layer.RANGE_RING_LABELS.path(version), "label").styledBy("kind")
                        .rotatedBy("angle").rankedBy("rank").movableTo("anchors"),
                MarkerLayer.of(LAUNCH, Layer.LAUNCH_SITES.path(version)).symbol(MarkerSymbol.TRIANGLE)
                        .titledBy("title").sized(MapStyle.LAUNCH_MARK_SIZE),
                MarkerLayer.of(STRIKES, Layer.STRIKES.path(version))
                        .symbolFrom(StrikeMarks.SYMBOL)
                        .fadedWhen(StrikeMarks.FADED)
                        .visibleFrom(StrikeMarks.VISIBLE_FROM)
                        .onRecordFrom(StrikeMarks.ON_RECORD_FROM)
                        .titledBy("title")
                        .sized(MapStyle.STRIKE_MARK_SIZE));
    }

    private static Legend legend(LoadedDataset dataset, Shading shading) {
        List<String> swatches = Stream.concat(Stream.of(shading.base()),
                shading.colours().stream()).toList();
        List<Ring> rings = dataset.launch().rings();
        List<Switch> switches = rings.isEmpty() ? List.of()
                : List.of(new Switch(rings.stream().map(Ring::label).collect(Collectors.joining("; ")), RING_LAYERS));
        return new Legend(MapKey.entries(dataset), swatches, MapKey.shadingLabel(shading), shading.possible(),
                MapKey.POSSIBLE_SHADING, switches);
    }
}
