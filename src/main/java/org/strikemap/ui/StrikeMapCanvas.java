package org.strikemap.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import java.util.function.Consumer;
import org.strikemap.leaflet.LeafletMap;
import org.strikemap.map.TimeWindow;

/**
 * The strike map itself on the full page: base map, regions shaded by count, launch area, range ring, labels and
 * strike marks, plus the legend, all as {@link MapSetup} describes them. Each layer is a URL of the loaded dataset's
 * version, so the browser fetches it once and every view shares it; the view holds only the small layer configs.
 */
class StrikeMapCanvas extends Composite<Div> {

    private final LeafletMap map = new LeafletMap();

    StrikeMapCanvas(MapSetup setup, String mapId, String label) {
        map.setId(mapId);
        map.getElement().setAttribute("role", "region");
        map.getElement().setAttribute("aria-label", label);
        map.setSizeFull();
        map.fitBounds(setup.bounds());
        map.setAttribution(setup.attribution());
        map.setWords(setup.words());
        setup.tiles().ifPresent(map::setTileLayer);
        map.setLayers(setup.layers());
        // On a phone the strike's card is a sheet over the map's lower part; the key may lie over it too.
        map.setCoveredBy(".sm-panel.sm-panel-open, .sm-legend");

        Div frame = getContent();
        frame.addClassName("sm-map-frame");
        MapLegend legend = new MapLegend(setup.legend());
        legend.control(map);
        frame.add(map, legend);
    }

    LeafletMap map() {
        return map;
    }

    void setWindow(TimeWindow window) {
        map.setTimeWindow(window.from(), window.to());
    }

    void showStrike(String strikeId) {
        map.select(MapSetup.STRIKES, strikeId);
    }

    void onStrikeClick(Consumer<String> handler) {
        onClick(MapSetup.STRIKES, handler);
    }

    void onRegionClick(Consumer<String> handler) {
        onClick(MapSetup.REGIONS, handler);
    }

    void onLaunchSiteClick(Runnable handler) {
        onClick(MapSetup.LAUNCH, id -> handler.run());
    }

    private void onClick(String layerId, Consumer<String> handler) {
        map.addFeatureClickListener(event -> {
            if (layerId.equals(event.layerId())) {
                handler.accept(event.featureId());
            }
        });
    }
}
