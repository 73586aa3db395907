package org.strikemap.api;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strikemap.dataset.Datasets;
import org.strikemap.map.Layer;
import org.strikemap.map.MapLayers;

/** The map's other GeoJSON layers: regions with strike counts, range rings, launch areas, countries, places. */
@RestController
class MapLayerApi {

    private final Datasets datasets;
    private final MapLayers layers;

    MapLayerApi(Datasets datasets, MapLayers layers) {
        this.datasets = datasets;
        this.layers = layers;
    }

    @GetMapping("/api/regions")
    ResponseEntity<byte[]> regions(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        DateWindow window = DateWindow.parse(from, to);
        return GeoJsonResponses.of(layers.regions(datasets.current(), window.from(), window.to()), Layer.REGIONS);
    }

    @GetMapping("/api/range-rings")
    ResponseEntity<byte[]> rangeRings() {
        return layer(Layer.RANGE_RINGS);
    }

    @GetMapping("/api/launch-areas")
    ResponseEntity<byte[]> launchAreas() {
        return layer(Layer.LAUNCH_AREAS);
    }

    @GetMapping("/api/countries")
    ResponseEntity<byte[]> countries() {
        return layer(Layer.COUNTRIES);
    }

    @GetMapping("/api/places")
    ResponseEntity<byte[]> places() {
        return GeoJsonResponses.of(layers.places(datasets.current()), Layer.PLACE_LABELS);
    }

    private ResponseEntity<byte[]> layer(Layer layer) {
        return GeoJsonResponses.of(layers.features(datasets.current(), layer), layer);
    }
}
