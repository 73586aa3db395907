package org.strikemap.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strikemap.geo.GeoPoint;
import org.strikemap.ingest.DatasetException;

/** GeoJSON points with properties, read token by token: points become rows, anything else a problem or a clear refusal. */
class GeoJsonPointsTest {

    static RowSink read(InputStream in) {
        ImportCaps caps = ImportCaps.defaults();
        RowSink sink = new RowSink("events.geojson", caps.maxRows(), rows -> { });
        GeoJsonPoints.read(new StrictText(in, "events.geojson", caps.maxBytes(), bytes -> { }), sink, caps);
        return sink;
    }

    static RowSink read(String json) {
        return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void pointsWithPropertiesBecomeRows() {
        RowSink sink = read("""
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "id": 17, "geometry": {"type": "Point", "coordinates": [36.23, 49.99]},
                   "properties": {"date": "2024-01-02", "location": "Kharkiv", "description": "A strike on Kharkiv.",
                                  "sources": ["https://www.example.org/news/1", "Local channel"]}},
                  {"type": "Feature", "geometry": null,
                   "properties": {"id": "a b", "date": "", "latitude": "50.45", "longitude": "30.52", "place": "Kyiv",
                                  "sources": [{"url": "https://news.example.net/2", "name": "Example News"}]}}
                ]}""");
        assertThat(sink.problems()).isEmpty();
        ImportedRow first = sink.rows().getFirst();
        assertThat(first.id()).isEqualTo("geo-17");
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.where().point()).isEqualTo(new GeoPoint(49.99, 36.23));
        assertThat(first.where().place()).isEqualTo("Kharkiv");
        assertThat(first.date().from()).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(first.report().quote()).isEqualTo("A strike on Kharkiv.");
        assertThat(first.report().sources()).containsExactly(
                new ImportedRow.Named("example.org", "https://www.example.org/news/1"),
                new ImportedRow.Named("Local channel", null));
        ImportedRow second = sink.rows().get(1);
        assertThat(second.id()).isEqualTo("geo-a-b");
        assertThat(second.date()).as("an empty date is not known").isNull();
        assertThat(second.where().point()).isEqualTo(new GeoPoint(50.45, 30.52));
        assertThat(second.report().sources()).containsExactly(new ImportedRow.Named("Example News", "https://news.example.net/2"));
    }

    @Test
    void aFeatureThatIsNoPointIsAProblemRow() {
        RowSink sink = read("""
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[30, 50], [31, 50], [31, 51], [30, 50]]]},
                   "properties": {"date": "2024-01-02"}},
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [200, 50]}, "properties": {}}
                ]}""");
        assertThat(sink.problems()).extracting(RowSink.Problem::toString).containsExactly(
                "events.geojson:2: the geometry is not a Point (its coordinates are a list of positions); only points are imported",
                "events.geojson:4: longitude 200.0 is outside -180..180");
    }

    @Test
    void aGeometryOfAMillionVerticesIsReadPastNotKept() {
        String head = "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"properties\": {},"
                + " \"geometry\": {\"type\": \"LineString\", \"coordinates\": [";
        InputStream vertices = new InputStream() {
            private int left = 1_000_000;
            private byte[] chunk = new byte[0];
            private int at;

            @Override
            public int read() {
                if (at == chunk.length) {
                    if (left == 0) {
                        return -1;
                    }
                    chunk = ((left == 1_000_000 ? "" : ",") + "[30.1,50.2]").getBytes(StandardCharsets.US_ASCII);
                    at = 0;
                    left--;
                }
                return chunk[at++];
            }
        };
        InputStream tail = new ByteArrayInputStream("]}}]}".getBytes(StandardCharsets.UTF_8));
        RowSink sink = read(new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), vertices, tail))));
        assertThat(sink.rows()).isEmpty();
        assertThat(sink.problems()).singleElement().hasToString("events.geojson:1: the geometry is not a Point (its"
                + " coordinates are a list of positions); only points are imported");
    }

    @Test
    void jsonNestedTenThousandDeepIsRefused() {
        String deep = "{\"type\": \"FeatureCollection\", \"features\": [{\"properties\": {\"x\": " + "[".repeat(10_000)
                + "]".repeat(10_000) + "}}]}";
        assertThatThrownBy(() -> read(deep)).isInstanceOf(DatasetException.class)
                .hasMessageContaining("events.geojson:1:").hasMessageContaining("is beyond the caps of an import (64 levels of nesting");
    }

    @Test
    void whatIsNoFeatureCollectionIsRefused() {
        assertThatThrownBy(() -> read("[1, 2]")).isInstanceOf(DatasetException.class)
                .hasMessageContaining("is not a GeoJSON FeatureCollection");
        assertThatThrownBy(() -> read("{\"type\": \"Feature\"}")).isInstanceOf(DatasetException.class)
                .hasMessage("events.geojson:1: is not a GeoJSON FeatureCollection (\"type\": \"Feature\", no \"features\" list)");
        assertThatThrownBy(() -> read("{\"type\": \"FeatureCollection\", \"features\": [")).isInstanceOf(DatasetException.class)
                .hasMessageContaining("is not valid JSON");
    }
}
