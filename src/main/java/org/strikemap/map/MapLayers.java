package org.strikemap.map;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.geo.GeoFeature;
import org.strikemap.strike.Strike;

/**
 * The map's layers as GeoJSON features, built once per loaded dataset and shared by every request and view.
 * Also builds the API's filtered variants (strikes and region counts in a date window) with the same properties.
 */
@Service
public class MapLayers {

    private record Built(LoadedDataset dataset, Map<Layer, List<GeoFeature>> layers) {
    }

    private final AtomicReference<Built> built = new AtomicReference<>();

    /** The features of one layer of {@code dataset}. */
    public List<GeoFeature> features(LoadedDataset dataset, Layer layer) {
        Built current = built.get();
        if (current == null || current.dataset() != dataset) {
            current = new Built(dataset, build(dataset));
            built.set(current);
        }
        return current.layers().get(layer);
    }

    /** The strikes whose possible dates meet {@code from..to}, as features (null bounds are open). */
    public List<GeoFeature> strikes(LoadedDataset dataset, LocalDate from, LocalDate to) {
        return StrikeFeatures.strikes(dataset, dataset.strikes().between(from, to));
    }

    /** Every region with the count of reported attacks whose possible dates meet {@code from..to}. */
    public List<GeoFeature> regions(LoadedDataset dataset, LocalDate from, LocalDate to) {
        List<Strike> strikes = dataset.strikes().between(from, to);
        return StrikeFeatures.regions(dataset, dataset.regions().attackCounts(strikes));
    }

    public List<GeoFeature> places(LoadedDataset dataset) {
        return BackdropFeatures.places(dataset.baseMap().places());
    }

    private static Map<Layer, List<GeoFeature>> build(LoadedDataset dataset) {
        Map<Layer, List<GeoFeature>> layers = new EnumMap<>(Layer.class);
        layers.put(Layer.COUNTRIES, BackdropFeatures.countries(dataset));
        layers.put(Layer.REGIONS, StrikeFeatures.regions(dataset, dataset.regions().attackCounts(dataset.strikes().all())));
        layers.put(Layer.LAUNCH_AREAS, BackdropFeatures.launchAreas(dataset));
        layers.put(Layer.RANGE_RINGS, BackdropFeatures.rangeRings(dataset));
        layers.put(Layer.COUNTRY_LABELS, LabelFeatures.countryLabels(dataset));
        layers.put(Layer.PLACE_LABELS, LabelFeatures.placeLabels(dataset, false));
        layers.put(Layer.NEARBY_PLACE_LABELS, LabelFeatures.placeLabels(dataset, true));
        layers.put(Layer.RANGE_RING_LABELS, LabelFeatures.ringLabels(dataset));
        layers.put(Layer.LAUNCH_SITES, BackdropFeatures.launchSites(dataset));
        layers.put(Layer.STRIKES, StrikeFeatures.strikes(dataset, dataset.strikes().all()));
        return Map.copyOf(layers);
    }
}
