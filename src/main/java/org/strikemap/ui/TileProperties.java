package org.strikemap.ui;

import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.strikemap.leaflet.TileLayer;

/**
 * Optional raster tiles under the vector base map ({@code strikemap.tiles.url}, {@code strikemap.tiles.attribution}).
 * Off by default: the bundled boundaries need no network.
 */
@ConfigurationProperties("strikemap.tiles")
record TileProperties(String url, String attribution) {

    /** The tile layer, when a URL is configured. */
    Optional<TileLayer> layer() {
        return Optional.ofNullable(url).filter(u -> !u.isBlank()).map(u -> new TileLayer(u, attribution));
    }
}
