package org.strikemap.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.strikemap.leaflet.ChoroplethLayer;
import org.strikemap.leaflet.FeatureRule;
import org.strikemap.leaflet.GeoJsonLayer;
import org.strikemap.leaflet.LabelLayer;
import org.strikemap.leaflet.LatLngBounds;
import org.strikemap.leaflet.LeafletMap;
import org.strikemap.leaflet.MarkerLayer;
import org.strikemap.leaflet.MarkerSymbol;
import org.strikemap.leaflet.PathStyle;
import org.strikemap.leaflet.SymbolRule;

/**
 * The strike map itself, shared by the full page and the embed: base map, regions shaded by count, launch area,
 * range ring, labels and strike marks, plus the legend. Limits: one dataset; layers are built once per view.
 */
class StrikeMapCanvas extends Composite<Div> {

    static final String STRIKES = "strikes";
    static final String REGIONS = "regions";
    static final String RING = "range-ring";
    static final String RING_LABEL = "range-ring-label";
    static final String LAUNCH = "launch-sites";

    /** Ukraine and the launch area with a little margin; the map fits this once it has a size. */
    private static final LatLngBounds VIEW = new LatLngBounds(44.2, 22.1, 52.6, 40.4);
    private static final List<String> SHADES = List.of("#fde0d2", "#fcae91", "#f4845f");

    private final LeafletMap map = new LeafletMap();

    StrikeMapCanvas(MapData data, String mapId) {
        map.setId(mapId);
        map.setSizeFull();
        map.fitBounds(VIEW);
        map.setAttribution(data.attribution());
        data.tiles().ifPresent(map::setTileLayer);

        map.setLayer(GeoJsonLayer.of("countries", data.countries(), PathStyle.area("#f1efeb", "#ffffff", 1)));
        map.setLayer(new ChoroplethLayer(REGIONS, data.regions(), "code", "name", STRIKES, "region",
                FeatureRule.where("status", "reported"), List.of(1, 2, 3), SHADES,
                PathStyle.area("#e2ddd5", "#ffffff", 1),
                "{name}: {count} reported attacks so far", "{name}: 1 reported attack so far"));
        map.setLayer(GeoJsonLayer.of("launch-areas", data.launchAreas(),
                PathStyle.area("#868e96", "#495057", 1).withFillOpacity(0.18).dashed("3 3")).withTooltip("tooltip"));
        map.setLayer(GeoJsonLayer.of(RING, data.rangeRings(), PathStyle.outline("#343a40", 1.5).dashed("6 5")));
        map.setLayer(LabelLayer.of("country-labels", data.countryLabels(), "name").styledBy("kind"));
        map.setLayer(LabelLayer.of("place-labels", data.placeLabels(), "name").styledBy("kind"));
        map.setLayer(LabelLayer.of("nearby-place-labels", data.nearbyPlaceLabels(), "name").styledBy("kind").fromZoom(8));
        map.setLayer(LabelLayer.of(RING_LABEL, data.rangeRingLabels(), "label").styledBy("kind").rotatedBy("angle"));
        map.setLayer(MarkerLayer.of(LAUNCH, data.launchSites()).symbol(MarkerSymbol.TRIANGLE).titledBy("title").sized(16));
        map.setLayer(MarkerLayer.of(STRIKES, data.strikes())
                .symbols(SymbolRule.when("status", "under-investigation", MarkerSymbol.DIAMOND),
                        SymbolRule.when("locationPrecision", "region", MarkerSymbol.RING))
                .fadedUnless(FeatureRule.where("datePrecision", "day"))
                .visibleFrom("dateFrom")
                .titledBy("title")
                .sized(20));

        Div frame = getContent();
        frame.addClassName("sm-map-frame");
        MapLegend legend = new MapLegend();
        legend.onRangeRingToggle(this::setRangeRingVisible);
        frame.add(map, legend);
    }

    LeafletMap map() {
        return map;
    }

    void setDay(LocalDate day) {
        map.setTime(day);
    }

    void showStrike(String strikeId) {
        map.select(STRIKES, strikeId);
    }

    /** Keeps the map's content clear of a panel covering its right side ({@code pixels} wide), or not. */
    void reserveRight(int pixels) {
        map.setFitPadding(8, 8 + pixels, 8, 8);
    }

    void setRangeRingVisible(boolean visible) {
        map.setLayerVisible(RING, visible);
        map.setLayerVisible(RING_LABEL, visible);
    }

    void onStrikeClick(Consumer<String> handler) {
        map.addFeatureClickListener(event -> {
            if (STRIKES.equals(event.layerId())) {
                handler.accept(event.featureId());
            }
        });
    }

    void onRegionClick(Consumer<String> handler) {
        map.addFeatureClickListener(event -> {
            if (REGIONS.equals(event.layerId())) {
                handler.accept(event.featureId());
            }
        });
    }

    void onLaunchSiteClick(Runnable handler) {
        map.addFeatureClickListener(event -> {
            if (LAUNCH.equals(event.layerId())) {
                handler.run();
            }
        });
    }
}
