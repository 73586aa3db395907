package org.strikemap.leaflet;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One layer of a {@link LeafletMap}: an id unique within the map and the URL of its GeoJSON FeatureCollection,
 * which the browser fetches once per page and its HTTP cache may share between pages. Layers are drawn in list
 * order. Sent to the browser as plain objects with a {@code type} member naming the kind.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = GeoJsonLayer.class, name = "geojson"),
        @JsonSubTypes.Type(value = ChoroplethLayer.class, name = "choropleth"),
        @JsonSubTypes.Type(value = MarkerLayer.class, name = "marker"),
        @JsonSubTypes.Type(value = LabelLayer.class, name = "label")})
public sealed interface MapLayer permits GeoJsonLayer, ChoroplethLayer, MarkerLayer, LabelLayer {

    String id();

    String url();
}
