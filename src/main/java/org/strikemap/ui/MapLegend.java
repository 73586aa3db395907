package org.strikemap.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.launch.LaunchSite;
import org.strikemap.launch.Ring;
import org.strikemap.leaflet.MarkerSymbol;
import org.strikemap.leaflet.SymbolIcon;
import org.strikemap.map.Shading;

/**
 * The key to the map's marks and shading, with the switch for the range rings. Marks are drawn by the map's own
 * symbol code and swatches take the map's shading, so the key cannot drift from the map.
 */
class MapLegend extends Composite<Div> {

    private final Checkbox rings;

    MapLegend(LoadedDataset dataset, Shading shading) {
        Div legend = getContent();
        legend.addClassName("sm-legend");
        legend.getElement().setAttribute("role", "group");
        legend.getElement().setAttribute("aria-label", "Map legend");
        legend.add(
                entry(new SymbolIcon(MarkerSymbol.DOT, false), "Town or site reported"),
                entry(new SymbolIcon(MarkerSymbol.RING, false), "Only the region is known"),
                entry(new SymbolIcon(MarkerSymbol.DIAMOND, false), "Under investigation"),
                entry(new SymbolIcon(MarkerSymbol.DOT, true), "Vague date: drawn lighter"));
        for (LaunchSite site : dataset.launch().sites()) {
            legend.add(entry(new SymbolIcon(MarkerSymbol.TRIANGLE, false), "Launch area (" + site.name() + ")"));
        }
        legend.add(shading(shading));
        String ringLabels = dataset.launch().rings().stream().map(Ring::label).collect(Collectors.joining("; "));
        rings = new Checkbox(ringLabels, true);
        rings.addClassName("sm-legend-ring");
        rings.setVisible(!dataset.launch().rings().isEmpty());
        legend.add(rings);
    }

    void onRangeRingToggle(Consumer<Boolean> handler) {
        rings.addValueChangeListener(event -> handler.accept(event.getValue()));
    }

    private static Div entry(Component symbol, String text) {
        Div row = new Div(symbol, new Span(text));
        row.addClassName("sm-legend-row");
        return row;
    }

    private static Div shading(Shading shading) {
        Div swatches = new Div(swatch(shading.base()));
        swatches.addClassName("sm-swatches");
        StringBuilder counts = new StringBuilder("0");
        for (int i = 0; i < shading.breaks().size(); i++) {
            swatches.add(swatch(shading.colours().get(i)));
            counts.append(", ").append(shading.breaks().get(i)).append(i == shading.breaks().size() - 1 ? "+" : "");
        }
        Div row = new Div(swatches, new Span("Attacks in region: " + counts));
        row.addClassName("sm-legend-row");
        return row;
    }

    private static Span swatch(String colour) {
        Span swatch = new Span();
        swatch.addClassName("sm-swatch");
        swatch.getStyle().setBackground(colour);
        return swatch;
    }
}
