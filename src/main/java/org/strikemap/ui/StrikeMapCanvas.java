package org.strikemap.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.geo.Bounds;
import org.strikemap.leaflet.ChoroplethLayer;
import org.strikemap.leaflet.GeoJsonLayer;
import org.strikemap.leaflet.LabelLayer;
import org.strikemap.leaflet.LatLngBounds;
import org.strikemap.leaflet.LeafletMap;
import org.strikemap.leaflet.MarkerLayer;
import org.strikemap.leaflet.MarkerSymbol;
import org.strikemap.leaflet.Padding;
import org.strikemap.leaflet.PathStyle;
import org.strikemap.leaflet.TileLayer;
import org.strikemap.map.Layer;
import org.strikemap.map.Shading;
import org.strikemap.map.StrikeMarks;

/**
 * The strike map itself, shared by the full page and the embed: base map, regions shaded by count, launch area,
 * range ring, labels and strike marks, plus the legend. Each layer is a URL of the loaded dataset's version, so the
 * browser fetches it once and every view shares it; the view holds only the small layer configs.
 */
class StrikeMapCanvas extends Composite<Div> {

    static final String STRIKES = Layer.STRIKES.id();
    static final String REGIONS = Layer.REGIONS.id();
    static final String RING = Layer.RANGE_RINGS.id();
    static final String RING_LABEL = Layer.RANGE_RING_LABELS.id();
    static final String LAUNCH = Layer.LAUNCH_SITES.id();

    private final LeafletMap map = new LeafletMap();

    StrikeMapCanvas(LoadedDataset dataset, Optional<TileLayer> tiles, String mapId) {
        map.setId(mapId);
        map.setSizeFull();
        Bounds view = dataset.description().view();
        map.fitBounds(new LatLngBounds(view.south(), view.west(), view.north(), view.east()));
        map.setAttribution(dataset.description().credit() + tiles.map(t -> blank(t.attribution()) ? ""
                : "; tiles: " + t.attribution()).orElse(""));
        tiles.ifPresent(map::setTileLayer);

        String version = dataset.version();
        Shading shading = Shading.ATTACKS;
        map.setLayer(GeoJsonLayer.of(Layer.COUNTRIES.id(), Layer.COUNTRIES.path(version),
                PathStyle.area("#f1efeb", "#ffffff", 1)));
        map.setLayer(new ChoroplethLayer(REGIONS, Layer.REGIONS.path(version), "code", "name", STRIKES, "region",
                StrikeMarks.COUNTED, shading.breaks(), shading.colours(), PathStyle.area(shading.base(), "#ffffff", 1),
                "{name}: {count} reported attacks so far", "{name}: 1 reported attack so far"));
        map.setLayer(GeoJsonLayer.of(Layer.LAUNCH_AREAS.id(), Layer.LAUNCH_AREAS.path(version),
                PathStyle.area("#868e96", "#495057", 1).withFillOpacity(0.18).dashed("3 3")).withTooltip("tooltip"));
        map.setLayer(GeoJsonLayer.of(RING, Layer.RANGE_RINGS.path(version), PathStyle.outline("#343a40", 1.5).dashed("6 5")));
        map.setLayer(LabelLayer.of(Layer.COUNTRY_LABELS.id(), Layer.COUNTRY_LABELS.path(version), "name").styledBy("kind"));
        map.setLayer(LabelLayer.of(Layer.PLACE_LABELS.id(), Layer.PLACE_LABELS.path(version), "name").styledBy("kind"));
        map.setLayer(LabelLayer.of(Layer.NEARBY_PLACE_LABELS.id(), Layer.NEARBY_PLACE_LABELS.path(version), "name")
                .styledBy("kind").fromZoom(8));
        map.setLayer(LabelLayer.of(RING_LABEL, Layer.RANGE_RING_LABELS.path(version), "label").styledBy("kind")
                .rotatedBy("angle"));
        map.setLayer(MarkerLayer.of(LAUNCH, Layer.LAUNCH_SITES.path(version)).symbol(MarkerSymbol.TRIANGLE)
                .titledBy("title").sized(16));
        map.setLayer(MarkerLayer.of(STRIKES, Layer.STRIKES.path(version))
                .symbolFrom(StrikeMarks.SYMBOL)
                .fadedWhen(StrikeMarks.FADED)
                .visibleFrom(StrikeMarks.VISIBLE_FROM)
                .titledBy("title")
                .sized(20));

        Div frame = getContent();
        frame.addClassName("sm-map-frame");
        MapLegend legend = new MapLegend(dataset, shading, List.of(RING, RING_LABEL));
        legend.control(map);
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
        map.setFitPadding(new Padding(8, 8 + pixels, 8, 8));
    }

    void onStrikeClick(Consumer<String> handler) {
        onClick(STRIKES, handler);
    }

    void onRegionClick(Consumer<String> handler) {
        onClick(REGIONS, handler);
    }

    void onLaunchSiteClick(Runnable handler) {
        onClick(LAUNCH, id -> handler.run());
    }

    private void onClick(String layerId, Consumer<String> handler) {
        map.addFeatureClickListener(event -> {
            if (layerId.equals(event.layerId())) {
                handler.accept(event.featureId());
            }
        });
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
