package org.strikemap.leaflet;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Leaflet 1.9 map as a Flow component: vector layers fetched from GeoJSON URLs, shaped point marks, choropleths
 * that count visible points, and a time that filters layers in the browser. A layer's data may be given inline
 * instead of fetched ({@link #setLayerData}); clicks on the map ({@link MapClickEvent}) and one mark the person moves
 * ({@link #setDraggableMark}) serve an editor. Knows nothing of what the data means.
 * Limits: no tiles unless {@link #setTileLayer} is called; each layer URL is fetched once per page.
 */
@Tag("leaflet-map")
@NpmPackage(value = "leaflet", version = "1.9.4")
@JsModule("./leaflet-map/leaflet-map.js")
public class LeafletMap extends Component implements HasSize, HasStyle {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<MapLayer> layers = new ArrayList<>();
    private final Set<String> hiddenLayers = new LinkedHashSet<>();
    /** Inline layer data by layer url, kept to give a re-attached element again. */
    private final Map<String, JsonNode> layerData = new LinkedHashMap<>();

    public LeafletMap() {
        setHeight("400px");
        // A re-attached element is a new one in the browser: it gets the layers again.
        addAttachListener(event -> {
            if (!layerData.isEmpty()) {
                ObjectNode all = JSON.createObjectNode();
                layerData.forEach(all::set);
                getElement().executeJs("this.layerData = $0", all);
            }
            sendLayers();
        });
    }

    /** The area to show once the map has a size; the map waits for its element to be laid out. */
    public void fitBounds(LatLngBounds bounds) {
        getElement().setPropertyBean("bounds", bounds);
    }

    /** Pixels kept clear around the fitted bounds, e.g. beside a panel drawn over the map. */
    public void setFitPadding(Padding padding) {
        getElement().setPropertyBean("padding", padding);
    }

    /**
     * CSS selector of page elements that may lie over the map (a bottom sheet, a key): the selected feature is
     * kept clear of them and labels avoid them.
     */
    public void setCoveredBy(String selector) {
        getElement().setProperty("coveredBy", selector == null ? "" : selector);
    }

    /** Adds a layer on top of the others, or replaces the layer with the same id in place. */
    public void setLayer(MapLayer layer) {
        int index = indexOf(layer.id());
        if (index >= 0) {
            layers.set(index, layer);
        } else {
            layers.add(layer);
        }
        if (isAttached()) {
            sendLayers();
        }
    }

    /** Replaces all layers at once, drawn in list order (the first at the bottom). */
    public void setLayers(List<MapLayer> all) {
        layers.clear();
        layers.addAll(all);
        if (isAttached()) {
            sendLayers();
        }
    }

    /**
     * Sends the layer configs to the browser element without keeping them in its server-side state: they are the
     * same for every view of a dataset, and kept state would cost each open view its own copy of the JSON tree.
     */
    private void sendLayers() {
        getElement().executeJs("this.layers = $0", JSON.valueToTree(layers));
    }

    /**
     * Gives the layers whose url is {@code url} this GeoJSON FeatureCollection instead of fetching it, and draws them
     * anew. For data that changes while the page is open (an editor's working copy) and is no public resource.
     */
    public void setLayerData(String url, JsonNode featureCollection) {
        layerData.put(url, featureCollection);
        getElement().executeJs("this.layerData = Object.assign({}, this.layerData, {[$0]: $1})", url, featureCollection);
    }

    /** Places the one mark the person may move, or removes it (null). */
    public void setDraggableMark(DraggableMark mark) {
        if (mark == null) {
            getElement().setPropertyJson("draggableMark", NullNode.getInstance());
        } else {
            getElement().setPropertyBean("draggableMark", mark);
        }
    }

    public Registration addMapClickListener(ComponentEventListener<MapClickEvent> listener) {
        return addListener(MapClickEvent.class, listener);
    }

    public Registration addMarkMovedListener(ComponentEventListener<MarkMovedEvent> listener) {
        return addListener(MarkMovedEvent.class, listener);
    }

    public List<MapLayer> getLayers() {
        return List.copyOf(layers);
    }

    public void setLayerVisible(String layerId, boolean visible) {
        if (visible) {
            hiddenLayers.remove(layerId);
        } else {
            hiddenLayers.add(layerId);
        }
        getElement().setProperty("hiddenLayers", String.join(",", hiddenLayers));
    }

    public boolean isLayerVisible(String layerId) {
        return indexOf(layerId) >= 0 && !hiddenLayers.contains(layerId);
    }

    /** Shows time-aware features up to this day (a window open at its start); null shows everything. */
    public void setTime(LocalDate day) {
        getElement().setProperty("time", day == null ? "" : day.toString());
    }

    /**
     * Shows time-aware features as of the window {@code from..to} (inclusive; a null {@code from} is {@link #setTime}):
     * inside it as on record, meeting it as possible (frontend/leaflet-map/time-filter.js).
     */
    public void setTimeWindow(LocalDate from, LocalDate to) {
        getElement().setProperty("time", from == null ? to.toString() : from + "/" + to);
    }

    /** Highlights one feature (and pans to it if it is out of view); null clears the highlight. */
    public void select(String layerId, String featureId) {
        getElement().setProperty("selected", featureId == null ? "" : layerId + "/" + featureId);
    }

    /** Raster tiles under the vector layers; may be set before the map is attached, and null removes them. */
    public void setTileLayer(TileLayer tiles) {
        if (tiles == null) {
            getElement().removeProperty("tiles");
        } else {
            getElement().setPropertyBean("tiles", tiles);
        }
    }

    /** The words the map says itself (zoom titles, the possible marks' note). */
    public void setWords(MapWords words) {
        getElement().setPropertyBean("words", words);
    }

    /** Plain-text credit line shown in the map corner. */
    public void setAttribution(String text) {
        getElement().setProperty("attribution", text);
    }

    public Registration addFeatureClickListener(ComponentEventListener<FeatureClickEvent> listener) {
        return addListener(FeatureClickEvent.class, listener);
    }

    private int indexOf(String layerId) {
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).id().equals(layerId)) {
                return i;
            }
        }
        return -1;
    }
}
