package org.strikemap.api;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strikemap.dataset.Datasets;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.map.Layer;
import org.strikemap.map.MapLayers;
import org.strikemap.strike.Strike;

/** {@code /api/strikes}: the strikes as GeoJSON points, optionally only those whose dates meet a window. */
@RestController
class StrikeApi {

    private final Datasets datasets;
    private final MapLayers layers;

    StrikeApi(Datasets datasets, MapLayers layers) {
        this.datasets = datasets;
        this.layers = layers;
    }

    @GetMapping("/api/strikes")
    ResponseEntity<byte[]> strikes(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        DateWindow window = DateWindow.parse(from, to);
        return GeoJsonResponses.of(layers.strikes(datasets.current(), window.from(), window.to()), Layer.STRIKES);
    }

    /** One strike, as a FeatureCollection of one feature so clients parse it like the list. */
    @GetMapping("/api/strikes/{id}")
    ResponseEntity<byte[]> strike(@PathVariable String id) {
        LoadedDataset dataset = datasets.current();
        Strike strike = dataset.strikes().find(id)
                .orElseThrow(() -> ApiException.notFound("no strike with id '" + ApiException.shorten(id) + "'"));
        // The strikes layer is built once per load; one feature of it is all this needs.
        return GeoJsonResponses.of(layers.features(dataset, Layer.STRIKES).stream()
                .filter(feature -> strike.id().equals(feature.id())).toList(), Layer.STRIKES);
    }
}
