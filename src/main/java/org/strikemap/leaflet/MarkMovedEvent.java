package org.strikemap.leaflet;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** The person moved the map's {@link DraggableMark} (dragged it, or moved it with the arrow keys) to {@code lat}, {@code lon}. */
@DomEvent("leaflet-mark-moved")
public class MarkMovedEvent extends ComponentEvent<LeafletMap> {

    private final double lat;
    private final double lon;

    public MarkMovedEvent(LeafletMap source, boolean fromClient, @EventData("event.detail.lat") double lat,
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
