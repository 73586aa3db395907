package org.strikemap.leaflet;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * A map mark's shape outside the map (a legend, a list), drawn by the same browser code as the marks themselves,
 * so the two can never differ. Decorative: hidden from screen readers; say in text what it means.
 */
@Tag("lm-symbol")
@JsModule("./leaflet-map/symbols.js")
public class SymbolIcon extends Component {

    public SymbolIcon(MarkerSymbol symbol, boolean faded) {
        getElement().setAttribute("name", symbol.id());
        getElement().setAttribute("faded", faded);
        getElement().setAttribute("aria-hidden", "true");
    }
}
