package org.strikemap.edit;

import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.account.NotAllowed;
import org.strikemap.geo.GeoJson;
import org.strikemap.i18n.Languages;
import org.strikemap.i18n.Messages;
import org.strikemap.map.Layer;
import org.strikemap.map.MapLayers;

/**
 * {@code /edit/{slug}/preview/layers/{version}/[{lang}/]{layer}.geojson}: the layers of a map's draft for its preview
 * page, as the published layers are served to readers but private: only to a person who may edit the map, never
 * kept by a browser or a cache in between, and built anew from the draft (MapLayers.draw).
 */
@RestController
class PreviewLayers {

    private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final Previews previews;
    private final MapLayers layers;

    PreviewLayers(Previews previews, MapLayers layers) {
        this.previews = previews;
        this.layers = layers;
    }

    @GetMapping("/edit/{slug}/preview/layers/{version}/{name}.geojson")
    ResponseEntity<byte[]> layer(@PathVariable String slug, @PathVariable String version, @PathVariable String name) {
        return layer(slug, version, Languages.tag(Languages.ENGLISH), name);
    }

    @GetMapping("/edit/{slug}/preview/layers/{version}/{language}/{name}.geojson")
    ResponseEntity<byte[]> layer(@PathVariable String slug, @PathVariable String version, @PathVariable String language,
                                 @PathVariable String name) {
        LoadedDataset map;
        try {
            map = previews.of(slug, version).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "the draft has changed since this preview; open the preview again"));
        } catch (NotAllowed refused) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, refused.getMessage());
        }
        Layer layer = Layer.byId(name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such layer"));
        Locale locale = Languages.named(language, map.description().languages())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such language"));
        byte[] body = GeoJson.writeBytes(layers.draw(map, layer, Messages.of(locale)), layer.decimals());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(GEO_JSON).body(body);
    }
}
