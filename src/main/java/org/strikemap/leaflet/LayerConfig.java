package org.strikemap.leaflet;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Turns layers into the JSON configs that frontend/leaflet-map/leaflet-map.js reads. */
final class LayerConfig {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LayerConfig() {
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static String toJson(List<MapLayer> layers) {
        ArrayNode array = JSON.createArrayNode();
        layers.forEach(layer -> array.add(of(layer)));
        return array.toString();
    }

    static ObjectNode of(MapLayer layer) {
        return switch (layer) {
            case GeoJsonLayer l -> base("geojson", l.id(), l.geoJson())
                    .<ObjectNode>set("style", l.style().toConfig())
                    .put("tooltipProperty", l.tooltipProperty());
            case LabelLayer l -> {
                ObjectNode node = base("label", l.id(), l.geoJson())
                        .put("textProperty", l.textProperty())
                        .put("classProperty", l.classProperty())
                        .put("rotateProperty", l.rotateProperty());
                yield l.minZoom() == null ? node : node.put("minZoom", l.minZoom());
            }
            case MarkerLayer l -> {
                ObjectNode node = base("marker", l.id(), l.geoJson())
                        .put("defaultSymbol", l.defaultSymbol().jsName())
                        .put("timeProperty", l.timeProperty())
                        .put("titleProperty", l.titleProperty())
                        .put("size", l.size());
                ArrayNode rules = node.putArray("symbolRules");
                l.symbolRules().forEach(rule -> rules.add(rule.toConfig()));
                if (l.fadedUnless() != null) {
                    node.set("fadedUnless", l.fadedUnless().toConfig());
                }
                yield node;
            }
            case ChoroplethLayer l -> {
                ObjectNode node = base("choropleth", l.id(), l.geoJson())
                        .put("keyProperty", l.keyProperty())
                        .put("nameProperty", l.nameProperty())
                        .put("countedLayer", l.countedLayerId())
                        .put("countedJoinProperty", l.countedJoinProperty())
                        .put("tooltip", l.tooltip())
                        .put("tooltipOne", l.tooltipOne());
                node.set("style", l.style().toConfig());
                if (l.countOnly() != null) {
                    node.set("countWhere", l.countOnly().toConfig());
                }
                ArrayNode breaks = node.putArray("breaks");
                l.breaks().forEach(breaks::add);
                ArrayNode colours = node.putArray("colours");
                l.colours().forEach(colours::add);
                yield node;
            }
        };
    }

    private static ObjectNode base(String type, String id, String geoJson) {
        ObjectNode node = object().put("type", type).put("id", id);
        node.set("data", parse(geoJson));
        return node;
    }

    private static JsonNode parse(String geoJson) {
        JsonNode data = JSON.readTree(geoJson);
        if (!data.path("features").isArray()) {
            throw new IllegalArgumentException("layer data must be a GeoJSON FeatureCollection");
        }
        return data;
    }
}
