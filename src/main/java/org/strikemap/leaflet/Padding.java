package org.strikemap.leaflet;

/** Pixels kept clear on each side when a {@link LeafletMap} fits its bounds. */
public record Padding(int top, int right, int bottom, int left) {
}
