package org.strikemap.leaflet;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * The map itself was clicked (not a mark on it), at {@code lat}, {@code lon} in WGS84 degrees. Only a map with a
 * listener sends these to the server.
 */
@DomEvent("leaflet-map-click")
public class MapClickEvent extends ComponentEvent<LeafletMap> {

    private final double lat;
    private final double lon;

    public MapClickEvent(LeafletMap source, boolean fromClient, @EventData("event.detail.lat") double lat,
                         @EventData("event.detail.lon") double lon) {
        super(source, fromClient);
        this.lat = lat;
        this.lon = lon;
    }

    public double lat() {
        return lat;
    }

    public double lon() {
        return lon;
    }
}
