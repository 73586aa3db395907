package org.strikemap.map;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.geo.GeoFeature;
import org.strikemap.i18n.Messages;
import org.strikemap.strike.Strike;

/**
 * The map's layers as GeoJSON features, built once per map version and language and shared by every
 * request and view; without a language, in English.
 * Also builds the API's filtered variants (strikes and region counts in a window, by the map's time rule) with the same
 * properties.
 */
@Service
public class MapLayers {

    private record Built(LoadedDataset dataset, Map<Layer, List<GeoFeature>> layers) {
    }

    /** By map slug and language: each map's layers, replaced when the map is loaded anew. */
    private final Map<String, Built> built = new ConcurrentHashMap<>();

    /** The features of one layer of {@code dataset}, in English. */
    public List<GeoFeature> features(LoadedDataset dataset, Layer layer) {
        return features(dataset, layer, Messages.english());
    }

    /** The features of one layer of {@code dataset}, worded in {@code words}' language. */
    public List<GeoFeature> features(LoadedDataset dataset, Layer layer, Messages words) {
        Built current = built.compute(dataset.slug() + "/" + words.tag(), (key, old) ->
                old != null && old.dataset() == dataset ? old : new Built(dataset, build(dataset, words)));
        return current.layers().get(layer);
    }

    /** The strikes the time rule shows in {@code window} (on record or possible), as features. */
    public List<GeoFeature> strikes(LoadedDataset dataset, TimeWindow window) {
        List<Strike> shown = dataset.strikes().all().stream().filter(strike -> window.stateOf(strike.date()).shown())
                .toList();
        return StrikeFeatures.strikes(dataset, shown, Messages.english());
    }

    /** Every region with its located attacks on record and possible in {@code window}, as the map shades it. */
    public List<GeoFeature> regions(LoadedDataset dataset, TimeWindow window) {
        return StrikeFeatures.regions(dataset, dataset.strikes().all(), window, Messages.english());
    }

    /**
     * One layer of {@code dataset} built anew, not kept: for a map's working copy, which changes under an editor's
     * hands and must never displace the published version's layers that readers share.
     */
    public List<GeoFeature> draw(LoadedDataset dataset, Layer layer, Messages words) {
        return build(dataset, layer, words);
    }

    public List<GeoFeature> places(LoadedDataset dataset) {
        return BackdropFeatures.places(dataset.baseMap().places(), Messages.english());
    }

    private static Map<Layer, List<GeoFeature>> build(LoadedDataset dataset, Messages words) {
        Map<Layer, List<GeoFeature>> layers = new EnumMap<>(Layer.class);
        for (Layer layer : Layer.values()) {
            layers.put(layer, build(dataset, layer, words));
        }
        return Map.copyOf(layers);
    }

    private static List<GeoFeature> build(LoadedDataset dataset, Layer layer, Messages words) {
        return switch (layer) {
            case COUNTRIES -> BackdropFeatures.countries(dataset);
            case REGIONS -> StrikeFeatures.regions(dataset, dataset.strikes().all(), TimeWindow.ALL_TIME, words);
            case LAUNCH_AREAS -> BackdropFeatures.launchAreas(dataset, words);
            case RANGE_RINGS -> BackdropFeatures.rangeRings(dataset);
            case COUNTRY_LABELS -> LabelFeatures.countryLabels(dataset, words);
            case PLACE_LABELS -> LabelFeatures.placeLabels(dataset, false, words);
            case NEARBY_PLACE_LABELS -> LabelFeatures.placeLabels(dataset, true, words);
            case RANGE_RING_LABELS -> LabelFeatures.ringLabels(dataset, words);
            case LAUNCH_SITES -> BackdropFeatures.launchSites(dataset, words);
            case STRIKES -> StrikeFeatures.strikes(dataset, dataset.strikes().all(), words);
        };
    }
}
