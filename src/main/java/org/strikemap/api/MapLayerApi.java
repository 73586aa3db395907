package org.strikemap.api;

import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strikemap.dataset.Datasets;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.map.Layer;
import org.strikemap.map.MapLayers;

/**
 * The map's other GeoJSON layers, of the default map under {@code /api/} and of any map under
 * {@code /api/maps/{slug}/}: regions with strike counts, range rings, launch areas, countries, places.
 */
@RestController
class MapLayerApi {

    private final Datasets datasets;
    private final MapLayers layers;
    private final GeoJsonAnswers answers;

    MapLayerApi(Datasets datasets, MapLayers layers, GeoJsonAnswers answers) {
        this.datasets = datasets;
        this.layers = layers;
        this.answers = answers;
    }

    /** Writes the answers without a window before the first reader asks, so no reader waits for them. */
    @EventListener(ApplicationReadyEvent.class)
    void writeAhead() {
        for (LoadedDataset map : datasets.all()) {
            regions(map.slug(), null, null, null);
            for (Layer layer : List.of(Layer.RANGE_RINGS, Layer.LAUNCH_AREAS, Layer.COUNTRIES)) {
                layer(map.slug(), layer, null);
            }
            places(map.slug(), null);
        }
    }

    @GetMapping({"/api/regions", "/api/maps/{slug}/regions"})
    ResponseEntity<byte[]> regions(@PathVariable(required = false) String slug,
                                   @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                   @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String encodings) {
        DateWindow window = DateWindow.parse(from, to);
        LoadedDataset dataset = Maps.of(datasets, slug);
        return answers.answer(dataset, "regions " + window, Layer.REGIONS, encodings,
                () -> layers.regions(dataset, window.asTimeWindow()));
    }

    @GetMapping({"/api/range-rings", "/api/maps/{slug}/range-rings"})
    ResponseEntity<byte[]> rangeRings(@PathVariable(required = false) String slug,
                                      @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String encodings) {
        return layer(slug, Layer.RANGE_RINGS, encodings);
    }

    @GetMapping({"/api/launch-areas", "/api/maps/{slug}/launch-areas"})
    ResponseEntity<byte[]> launchAreas(@PathVariable(required = false) String slug,
                                       @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String encodings) {
        return layer(slug, Layer.LAUNCH_AREAS, encodings);
    }

    @GetMapping({"/api/countries", "/api/maps/{slug}/countries"})
    ResponseEntity<byte[]> countries(@PathVariable(required = false) String slug,
                                     @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String encodings) {
        return layer(slug, Layer.COUNTRIES, encodings);
    }

    @GetMapping({"/api/places", "/api/maps/{slug}/places"})
    ResponseEntity<byte[]> places(@PathVariable(required = false) String slug,
                                  @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String encodings) {
        LoadedDataset dataset = Maps.of(datasets, slug);
        return answers.answer(dataset, "places", Layer.PLACE_LABELS, encodings, () -> layers.places(dataset));
    }

    private ResponseEntity<byte[]> layer(String slug, Layer layer, String encodings) {
        LoadedDataset dataset = Maps.of(datasets, slug);
        return answers.answer(dataset, layer.name(), layer, encodings, () -> layers.features(dataset, layer));
    }
}
