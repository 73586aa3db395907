package org.strikemap.ui;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Optional raster tiles under the vector base map ({@code strikemap.tiles.url}, {@code strikemap.tiles.attribution}).
 * Off by default: the bundled boundaries need no network.
 */
@ConfigurationProperties("strikemap.tiles")
record TileProperties(String url, String attribution) {
}
