package org.strikemap.leaflet;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** A feature of a layer was clicked, or activated with Enter from the keyboard. */
@DomEvent("leaflet-feature-click")
public class FeatureClickEvent extends ComponentEvent<LeafletMap> {

    private final String layerId;
    private final String featureId;

    public FeatureClickEvent(LeafletMap source, boolean fromClient,
                             @EventData("event.detail.layerId") String layerId,
                             @EventData("event.detail.featureId") String featureId) {
        super(source, fromClient);
        this.layerId = layerId;
        this.featureId = featureId;
    }

    public String layerId() {
        return layerId;
    }

    public String featureId() {
        return featureId;
    }
}
