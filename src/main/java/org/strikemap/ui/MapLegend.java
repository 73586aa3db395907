package org.strikemap.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import org.strikemap.leaflet.LeafletMap;

/**
 * The key to the map's marks and shading, with the switch for the range rings, drawn in the browser
 * (frontend/ui/strike-legend.js) from the map's own symbols and shading, so the key cannot drift from the map.
 * The switch hides the rings in the browser; the server keeps no state for it.
 */
@Tag("strike-legend")
@JsModule("./ui/strike-legend.js")
class MapLegend extends Component {

    MapLegend(MapSetup.Legend legend) {
        addClassName("sm-legend");
        getElement().setAttribute("aria-label", getTranslation("page.mapLegend"));
        getElement().setPropertyList("entries", legend.entries());
        getElement().setPropertyList("swatches", legend.swatches());
        getElement().setProperty("shadingLabel", legend.shadingLabel());
        getElement().setProperty("possibleSwatch", legend.possibleSwatch());
        getElement().setProperty("possibleLabel", legend.possibleLabel());
        getElement().setPropertyList("switches", legend.switches());
    }

    /** The map whose layers the switches show and hide. */
    void control(LeafletMap map) {
        getElement().executeJs("this.target = $0", map.getElement());
    }
}
