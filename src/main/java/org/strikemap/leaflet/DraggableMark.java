package org.strikemap.leaflet;

/**
 * The one mark on a {@link LeafletMap} that the person may move: at {@code lat}, {@code lon} (WGS84 degrees), named
 * {@code title} for assistive technology (plain text). Dragged with the pointer or, once focused, moved with the
 * arrow keys; each move fires a {@link MarkMovedEvent}. When it stands in for a feature of a marker layer
 * ({@code layerId}, {@code featureId}; both null otherwise), that feature's own mark stays drawn but is no target
 * meanwhile (not clickable, not focusable), so two targets never lie on one spot.
 */
public record DraggableMark(double lat, double lon, String title, String layerId, String featureId) {

    /** A mark that stands in for no feature. */
    public DraggableMark(double lat, double lon, String title) {
        this(lat, lon, title, null, null);
    }
}
