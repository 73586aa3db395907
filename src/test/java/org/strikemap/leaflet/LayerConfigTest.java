package org.strikemap.leaflet;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.internal.JacksonUtils;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What the browser receives for each layer: the plain object frontend/leaflet-map/leaflet-map.js reads. */
class LayerConfigTest {

    @Test
    void everyLayerCarriesItsTypeIdUrlAndOptions() {
        List<MapLayer> layers = List.of(
                GeoJsonLayer.of("a", "layers/v/a.geojson", PathStyle.outline("#000", 1.5).dashed("6 5")).withTooltip("t"),
                new ChoroplethLayer("b", "layers/v/b.geojson", "code", "name",
                        new ChoroplethLayer.Counting("d", "region", "counted"),
                        new ChoroplethLayer.Scale(List.of(1, 2), List.of("#111", "#222"), "#ccc"),
                        PathStyle.area("#eee", "#fff", 1),
                        new ChoroplethLayer.Tooltips("{name}: {count}", "{name}: one", ", {possible} more"), null),
                LabelLayer.of("c", "layers/v/c.geojson", "name").styledBy("kind").rotatedBy("angle").fromZoom(8),
                MarkerLayer.of("d", "layers/v/d.geojson").symbol(MarkerSymbol.TRIANGLE).symbolFrom("symbol")
                        .fadedWhen("faded").visibleFrom("visibleFrom").onRecordFrom("onRecordFrom").titledBy("title").sized(20));
        JsonNode json = JacksonUtils.listToJson(layers);

        assertThat(json.size()).isEqualTo(4);
        assertThat(json.get(0).path("type").asString()).isEqualTo("geojson");
        assertThat(json.get(0).path("style").path("dashArray").asString()).isEqualTo("6 5");
        assertThat(json.get(0).path("style").path("color").asString()).isEqualTo("#000");
        assertThat(json.get(1).path("type").asString()).isEqualTo("choropleth");
        assertThat(json.get(1).path("counting").path("flagProperty").asString()).isEqualTo("counted");
        assertThat(json.get(1).path("counting").path("layer").asString()).isEqualTo("d");
        assertThat(json.get(1).path("scale").path("breaks").toString()).isEqualTo("[1,2]");
        assertThat(json.get(1).path("tooltips").path("one").asString()).isEqualTo("{name}: one");
        assertThat(json.get(2).path("type").asString()).isEqualTo("label");
        assertThat(json.get(2).path("minZoom").asInt()).isEqualTo(8);
        JsonNode marker = json.get(3);
        assertThat(marker.path("type").asString()).isEqualTo("marker");
        assertThat(marker.path("url").asString()).isEqualTo("layers/v/d.geojson");
        assertThat(marker.path("symbol").asString()).isEqualTo("triangle");
        assertThat(marker.path("symbolProperty").asString()).isEqualTo("symbol");
        assertThat(marker.path("fadedProperty").asString()).isEqualTo("faded");
        assertThat(marker.path("timeProperty").asString()).isEqualTo("visibleFrom");
        assertThat(marker.path("recordProperty").asString()).isEqualTo("onRecordFrom");
        assertThat(marker.path("size").asInt()).isEqualTo(20);
    }
}
