package org.strikemap.leaflet;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One layer of a {@link LeafletMap}: an id unique within the map and the URL of its GeoJSON FeatureCollection,
 * which the browser fetches once per page and its HTTP cache may share between pages. Layers are drawn in list
 * order. Sent to the browser as plain objects whose {@code type} names the kind.
 */
public sealed interface MapLayer permits GeoJsonLayer, ChoroplethLayer, MarkerLayer, LabelLayer {

    String id();

    String url();

    /** The kind, as frontend/leaflet-map/leaflet-map.js knows it. */
    @JsonProperty("type")
    default String type() {
        return switch (this) {
            case GeoJsonLayer layer -> "geojson";
            case ChoroplethLayer layer -> "choropleth";
            case MarkerLayer layer -> "marker";
            case LabelLayer layer -> "label";
        };
    }
}
