package org.strikemap.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;

/** The key to the map's marks and shading, with the switch for the range ring. Static text only. */
class MapLegend extends Composite<Div> {

    private final Checkbox ring = new Checkbox("650 km estimated range", true);

    MapLegend() {
        Div legend = getContent();
        legend.addClassName("sm-legend");
        legend.getElement().setAttribute("role", "group");
        legend.getElement().setAttribute("aria-label", "Map legend");
        legend.add(
                entry(Symbols.DOT, "Town or site reported"),
                entry(Symbols.RING, "Only the region is known"),
                entry(Symbols.DIAMOND, "Under investigation"),
                entry(Symbols.FADED_DOT, "Vague date: drawn lighter"),
                entry(Symbols.TRIANGLE, "Launch area (Voronezh)"),
                shading());
        ring.addClassName("sm-legend-ring");
        legend.add(ring);
    }

    void onRangeRingToggle(Consumer<Boolean> handler) {
        ring.addValueChangeListener(event -> handler.accept(event.getValue()));
    }

    private static Div entry(String svg, String text) {
        Div row = new Div(new Html(svg), new Span(text));
        row.addClassName("sm-legend-row");
        return row;
    }

    private static Div shading() {
        Div row = new Div();
        row.addClassName("sm-legend-row");
        Div swatches = new Div();
        swatches.addClassName("sm-swatches");
        for (String shade : new String[] {"sm-shade-0", "sm-shade-1", "sm-shade-2", "sm-shade-3"}) {
            Span swatch = new Span();
            swatch.addClassNames("sm-swatch", shade);
            swatches.add(swatch);
        }
        row.add(swatches, new Span("Attacks in region: 0, 1, 2, 3+"));
        return row;
    }
}
