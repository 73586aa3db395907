package org.strikemap.api;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.strikemap.dataset.Datasets;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.i18n.Languages;
import org.strikemap.i18n.Messages;
import org.strikemap.map.Layer;
import org.strikemap.map.MapLayers;
import org.strikemap.map.VersionArchive;

/**
 * {@code /layers/{version}/{layer}.geojson}: each layer of the map whose version that is, as a static resource, worded in
 * English; {@code /layers/{version}/{lang}/{layer}.geojson} in another language the map is offered in. The version
 * (the dataset hash) in the path never serves other content, so browsers and CDNs may keep it for a year; the body
 * is written and gzipped once per load, so a reader costs no more than copying bytes.
 */
@RestController
class LayerApi {

    private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private record Written(LoadedDataset dataset, Map<Layer, GeoJsonResponses.Written> bodies) {
    }

    /** Which map's layers in which language. */
    private record Key(String slug, Locale language) {
    }

    private final Datasets datasets;
    private final MapLayers layers;
    private final VersionArchive archive;
    private final Map<Key, Written> written = new ConcurrentHashMap<>();

    LayerApi(Datasets datasets, MapLayers layers, VersionArchive archive) {
        this.datasets = datasets;
        this.layers = layers;
        this.archive = archive;
    }

    /** Writes the layers before the first reader asks, so no reader waits for them. */
    @EventListener(ApplicationReadyEvent.class)
    void writeAhead() {
        for (LoadedDataset map : datasets.all()) {
            Languages.offered(map.description().languages()).forEach(language -> bodies(map, Messages.of(language)));
        }
    }

    @GetMapping("/layers/{version}/{name}.geojson")
    ResponseEntity<byte[]> layer(@PathVariable String version, @PathVariable String name,
                                 @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String encodings) {
        return layer(version(version), Messages.english(), name, encodings);
    }

    @GetMapping("/layers/{version}/{language}/{name}.geojson")
    ResponseEntity<byte[]> layer(@PathVariable String version, @PathVariable String language, @PathVariable String name,
                                 @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String encodings) {
        LoadedDataset dataset = version(version);
        Locale locale = Languages.named(language, dataset.description().languages())
                .filter(named -> !named.equals(Languages.ENGLISH))
                .orElseThrow(() -> ApiException.notFound("no layers in language '" + ApiException.shorten(language) + "'"));
        return layer(dataset, Messages.of(locale), name, encodings);
    }

    /** The map a version names: one readers see now, or an older one (an article pinned to it). */
    private LoadedDataset version(String version) {
        return datasets.byVersion(version).or(() -> archive.byVersion(version))
                .orElseThrow(() -> ApiException.notFound("no map version '" + ApiException.shorten(version) + "'"));
    }

    private ResponseEntity<byte[]> layer(LoadedDataset dataset, Messages words, String name, String encodings) {
        Layer layer = Layer.byId(name).orElseThrow(() -> ApiException.notFound("no layer '" + ApiException.shorten(name) + "'"));
        return GeoJsonResponses.of(bodies(dataset, words).bodies().get(layer), encodings,
                ResponseEntity.ok().cacheControl(FOREVER));
    }

    private Written bodies(LoadedDataset dataset, Messages words) {
        return written.compute(new Key(dataset.slug(), words.locale()), (key, old) -> old != null && old.dataset() == dataset ? old
                : write(dataset, words));
    }

    private Written write(LoadedDataset dataset, Messages words) {
        Map<Layer, GeoJsonResponses.Written> bodies = new EnumMap<>(Layer.class);
        for (Layer layer : Layer.values()) {
            bodies.put(layer, GeoJsonResponses.write(layers.features(dataset, layer, words), layer));
        }
        return new Written(dataset, bodies);
    }
}
