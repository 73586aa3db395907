package org.strikemap.api;

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
import org.strikemap.strike.Strike;

/**
 * {@code /api/strikes} (the default map) and {@code /api/maps/{slug}/strikes}: the strikes as GeoJSON points,
 * optionally only those a window shows (on record or possible in it, by the map's time rule, map.TimeWindow).
 */
@RestController
class StrikeApi {

    private final Datasets datasets;
    private final MapLayers layers;
    private final GeoJsonAnswers answers;

    StrikeApi(Datasets datasets, MapLayers layers, GeoJsonAnswers answers) {
        this.datasets = datasets;
        this.layers = layers;
        this.answers = answers;
    }

    /** Writes the answer without a window before the first reader asks, so no reader waits for it. */
    @EventListener(ApplicationReadyEvent.class)
    void writeAhead() {
        datasets.all().forEach(map -> strikes(map.slug(), null, null, null));
    }

    @GetMapping({"/api/strikes", "/api/maps/{slug}/strikes"})
    ResponseEntity<byte[]> strikes(@PathVariable(required = false) String slug,
                                   @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                   @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String encodings) {
        DateWindow window = DateWindow.parse(from, to);
        LoadedDataset dataset = Maps.of(datasets, slug);
        return answers.answer(dataset, "strikes " + window, Layer.STRIKES, encodings,
                () -> layers.strikes(dataset, window.asTimeWindow()));
    }

    /** One strike, as a FeatureCollection of one feature so clients parse it like the list. */
    @GetMapping({"/api/strikes/{id}", "/api/maps/{slug}/strikes/{id}"})
    ResponseEntity<byte[]> strike(@PathVariable(required = false) String slug, @PathVariable String id) {
        LoadedDataset dataset = Maps.of(datasets, slug);
        Strike strike = dataset.strikes().find(id)
                .orElseThrow(() -> ApiException.notFound("no strike with id '" + ApiException.shorten(id) + "'"));
        // The strikes layer is built once per load; one feature of it is all this needs.
        return GeoJsonResponses.of(layers.features(dataset, Layer.STRIKES).stream()
                .filter(feature -> strike.id().equals(feature.id())).toList(), Layer.STRIKES);
    }
}
