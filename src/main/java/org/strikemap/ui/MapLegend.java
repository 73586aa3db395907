package org.strikemap.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.launch.LaunchSite;
import org.strikemap.launch.Ring;
import org.strikemap.leaflet.LeafletMap;
import org.strikemap.leaflet.MarkerSymbol;
import org.strikemap.map.Shading;

/**
 * The key to the map's marks and shading, with the switch for the range rings, drawn in the browser
 * (frontend/ui/strike-legend.js) from the map's own symbols and shading, so the key cannot drift from the map.
 * The switch hides the rings in the browser; the server keeps no state for it.
 */
@Tag("strike-legend")
@JsModule("./ui/strike-legend.js")
class MapLegend extends Component {

    /** One key row: a mark and what it means. */
    record Entry(MarkerSymbol symbol, boolean faded, String text) {
    }

    /** A switch that shows or hides the named map layers. */
    record Switch(String label, List<String> layers) {
    }

    MapLegend(LoadedDataset dataset, Shading shading, List<String> ringLayers) {
        addClassName("sm-legend");
        getElement().setAttribute("aria-label", "Map legend");
        List<Entry> entries = new ArrayList<>(List.of(
                new Entry(MarkerSymbol.DOT, false, "Town or site reported"),
                new Entry(MarkerSymbol.RING, false, "Only the region is known"),
                new Entry(MarkerSymbol.DIAMOND, false, "Under investigation"),
                new Entry(MarkerSymbol.DOT, true, "Vague date: drawn lighter")));
        for (LaunchSite site : dataset.launch().sites()) {
            entries.add(new Entry(MarkerSymbol.TRIANGLE, false, "Launch area (" + site.name() + ")"));
        }
        getElement().setPropertyList("entries", entries);

        List<String> swatches = new ArrayList<>(List.of(shading.base()));
        swatches.addAll(shading.colours());
        getElement().setPropertyList("swatches", swatches);
        StringBuilder counts = new StringBuilder("Attacks in region: 0");
        for (int i = 0; i < shading.breaks().size(); i++) {
            counts.append(", ").append(shading.breaks().get(i)).append(i == shading.breaks().size() - 1 ? "+" : "");
        }
        getElement().setProperty("shadingLabel", counts.toString());

        List<Ring> rings = dataset.launch().rings();
        getElement().setPropertyList("switches", rings.isEmpty() ? List.of()
                : List.of(new Switch(rings.stream().map(Ring::label).collect(Collectors.joining("; ")), ringLayers)));
    }

    /** The map whose layers the switches show and hide. */
    void control(LeafletMap map) {
        getElement().executeJs("this.target = $0", map.getElement());
    }
}
