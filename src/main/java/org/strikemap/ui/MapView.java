package org.strikemap.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;

@Route("")
class MapView extends VerticalLayout {
    MapView() { add(new H1("StrikeMap")); }
}
