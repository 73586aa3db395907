package org.strikemap.api;

import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strikemap.dataset.Datasets;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.map.Layer;
import org.strikemap.map.MapLayers;

/** The map's other GeoJSON layers: regions with strike counts, range rings, launch areas, countries, places. */
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
        regions(null, null, null);
        for (Layer layer : List.of(Layer.RANGE_RINGS, Layer.LAUNCH_AREAS, Layer.COUNTRIES)) {
            layer(layer, null);
        }
        places(null);
    }

    @GetMapping("/api/regions")
    ResponseEntity<byte[]> regions(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                   @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String encodings) {
        DateWindow window = DateWindow.parse(from, to);
        LoadedDataset dataset = datasets.current();
        return answers.answer(dataset, "regions " + window, Layer.REGIONS, encodings,
                () -> layers.regions(dataset, window.asTimeWindow()));
    }

    @GetMapping("/api/range-rings")
    ResponseEntity<byte[]> rangeRings(@RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String encodings) {
        return layer(Layer.RANGE_RINGS, encodings);
    }

    @GetMapping("/api/launch-areas")
    ResponseEntity<byte[]> launchAreas(@RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String encodings) {
        return layer(Layer.LAUNCH_AREAS, encodings);
    }

    @GetMapping("/api/countries")
    ResponseEntity<byte[]> countries(@RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String encodings) {
        return layer(Layer.COUNTRIES, encodings);
    }

    @GetMapping("/api/places")
    ResponseEntity<byte[]> places(@RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String encodings) {
        LoadedDataset dataset = datasets.current();
        return answers.answer(dataset, "places", Layer.PLACE_LABELS, encodings, () -> layers.places(dataset));
    }

    private ResponseEntity<byte[]> layer(Layer layer, String encodings) {
        LoadedDataset dataset = datasets.current();
        return answers.answer(dataset, layer.name(), layer, encodings, () -> layers.features(dataset, layer));
    }
}
