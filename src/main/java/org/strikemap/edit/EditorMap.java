package org.strikemap.edit;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.geo.GeoJson;
import org.strikemap.geo.GeoPoint;
import org.strikemap.i18n.Messages;
import org.strikemap.leaflet.DraggableMark;
import org.strikemap.leaflet.LeafletMap;
import org.strikemap.leaflet.MapLayer;
import org.strikemap.map.Layer;
import org.strikemap.map.MapLayers;
import org.strikemap.ui.MapSetup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The map beside the editor's lists: the working copy drawn as readers will see it (the readers' layers, {@link
 * MapSetup}), its data given to the map inline rather than from the published layers, and sent again only where it
 * changed; the selected record's mark highlighted; one draggable mark for the point being edited; clicks on the map
 * told. Limits: the whole working copy goes to the browser, fine for the hundreds of strikes a newsroom's map holds.
 */
final class EditorMap extends Composite<Div> {

    /** The inline layers' addresses: never fetched, they only key the data; one version for every working copy. */
    private static final String ROOT = "edit/";
    private static final String VERSION = "working-copy";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LeafletMap map = new LeafletMap();
    private final MapLayers layers;
    private final Messages words;
    private final Map<String, JsonNode> sent = new HashMap<>();

    EditorMap(MapLayers layers, Messages words, String label) {
        this.layers = layers;
        this.words = words;
        map.getElement().setAttribute("role", "region");
        map.getElement().setAttribute("aria-label", label);
        map.setSizeFull();
        getContent().addClassName("ed-map");
        getContent().add(map);
    }

    /** Draws {@code content}; the first call also frames the map's view. */
    void show(LoadedDataset content) {
        LoadedDataset working = new LoadedDataset(content.slug(), VERSION, content.description(), content.sources(),
                content.strikes(), content.regions(), content.launch(), content.baseMap());
        MapSetup setup = MapSetup.of(working, Optional.empty(), words, ROOT);
        if (sent.isEmpty()) {
            map.fitBounds(setup.bounds());
            map.setWords(setup.words());
            map.setAttribution(setup.attribution());
            map.setLayers(setup.layers());
        }
        for (MapLayer layer : setup.layers()) {
            Layer.byId(layer.id()).ifPresent(kind -> {
                JsonNode data = JSON.readTree(GeoJson.writeBytes(layers.draw(working, kind, words), kind.decimals()));
                if (!data.equals(sent.get(layer.url()))) {
                    sent.put(layer.url(), data);
                    map.setLayerData(layer.url(), data);
                }
            });
        }
    }

    /** Highlights one mark of a layer ({@link Layer}'s id) and brings it into view; null clears. */
    void select(Layer layer, String featureId) {
        map.select(layer.id(), featureId);
    }

    /** The mark the person drags to set {@code point}; null removes it. */
    void setDraggable(GeoPoint point, String title) {
        map.setDraggableMark(point == null ? null : new DraggableMark(point.lat(), point.lon(), title));
    }

    /** As {@link #setDraggable(GeoPoint, String)}, standing in for the mark of a record of {@code layer}, no target meanwhile. */
    void setDraggable(GeoPoint point, String title, Layer layer, String featureId) {
        map.setDraggableMark(point == null ? null
                : new DraggableMark(point.lat(), point.lon(), title, layer.id(), featureId));
    }

    Registration onMapClick(Consumer<GeoPoint> listener) {
        return map.addMapClickListener(event -> point(event.lat(), event.lon()).ifPresent(listener));
    }

    Registration onMarkMoved(Consumer<GeoPoint> listener) {
        return map.addMarkMovedListener(event -> point(event.lat(), event.lon()).ifPresent(listener));
    }

    /** A click on a mark of a layer: the layer's id and the feature's. */
    Registration onFeatureClick(BiConsumer<String, String> listener) {
        return map.addFeatureClickListener(event -> listener.accept(event.layerId(), event.featureId()));
    }

    LeafletMap leaflet() {
        return map;
    }

    /**
     * A clicked or dragged position as a point, to six decimals (about 10 cm, finer than any report places a strike);
     * Leaflet reports longitudes beyond ±180 when the world is panned round, and those are no point.
     */
    private static Optional<GeoPoint> point(double lat, double lon) {
        try {
            return Optional.of(new GeoPoint(Math.round(lat * 1e6) / 1e6, Math.round(lon * 1e6) / 1e6));
        } catch (IllegalArgumentException outside) {
            return Optional.empty();
        }
    }
}
