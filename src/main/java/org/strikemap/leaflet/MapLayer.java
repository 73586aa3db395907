package org.strikemap.leaflet;

/** One layer of a {@link LeafletMap}, identified by an id unique within the map. Layers are drawn in list order. */
public sealed interface MapLayer permits GeoJsonLayer, ChoroplethLayer, MarkerLayer, LabelLayer {

    String id();
}
