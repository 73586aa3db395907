package org.strikemap.leaflet;

/** An XYZ raster tile source such as {@code https://example.org/{z}/{x}/{y}.png}; off unless an app sets one. */
public record TileLayer(String urlTemplate, String attribution) {
}
