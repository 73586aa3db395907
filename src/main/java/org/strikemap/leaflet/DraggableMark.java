package org.strikemap.leaflet;

/**
 * The one mark on a {@link LeafletMap} that the person may move: at {@code lat}, {@code lon} (WGS84 degrees), named
 * {@code title} for assistive technology (plain text). Dragged with the pointer or, once focused, moved with the
 * arrow keys; each move fires a {@link MarkMovedEvent}.
 */
public record DraggableMark(double lat, double lon, String title) {
}
