package org.strikemap.imports;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.strikemap.geo.GeoPoint;
import org.strikemap.ingest.DatasetException;
import org.strikemap.strike.LocationPrecision;
import org.strikemap.strike.ReportedDate;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GeoJSON points with properties (an OSINT project's {@code events.geojson}), read token by token: a
 * FeatureCollection whose features are Points ({@code [longitude, latitude]}, or a null geometry with
 * {@code latitude}/{@code longitude} properties), their properties {@code id} (or the feature's), {@code date},
 * {@code location} (or {@code place}, {@code name}), {@code region}, {@code description} and {@code sources} (a list
 * of addresses or names, or of objects with {@code url} and {@code name}). Ids are {@code geo-<id>}. A feature of
 * another geometry is a problem row, read past without keeping its coordinates (a million vertices cost no memory);
 * JSON nested deeper than the cap, or a string longer than it, ends the import with {@code file:line:column}.
 */
final class GeoJsonPoints {

    static final String PREFIX = "geo-";
    private static final JsonNode NONE = JsonMapper.builder().build().createObjectNode();
    private static final List<DateSpelling> DATES = List.of(DateSpelling.ISO, DateSpelling.DAY_FIRST,
            DateSpelling.DOTTED, DateSpelling.MONTH_NAME);

    private GeoJsonPoints() {
    }

    static void read(Reader text, RowSink sink, ImportCaps caps) {
        JsonMapper json = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(caps.maxDepth()).maxStringLength(caps.maxCell()).build()).build()).build();
        JsonParser parser = json.createParser(text);
        try (parser) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw fail(sink, parser, "is not a GeoJSON FeatureCollection (it does not start with '{')");
            }
            String type = null;
            boolean features = false;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("type".equals(name) && value == JsonToken.VALUE_STRING) {
                    type = parser.getString();
                } else if ("features".equals(name) && value == JsonToken.START_ARRAY) {
                    features = true;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        feature(parser, sink);
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if (!"FeatureCollection".equals(type) || !features) {
                throw new DatasetException(sink.file(), 1, "is not a GeoJSON FeatureCollection (\"type\": \""
                        + (type == null ? "" : Cells.shown(type)) + "\"" + (features ? "" : ", no \"features\" list") + ")");
            }
        } catch (StreamConstraintsException e) {
            throw new DatasetException(sink.file(), parser.currentLocation().getLineNr(),
                    parser.currentLocation().getColumnNr(), "is beyond the caps of an import ("
                    + caps.maxDepth() + " levels of nesting, " + caps.maxCell() + " characters in a string): "
                    + e.getOriginalMessage());
        } catch (JacksonException e) {
            throw new DatasetException(sink.file(), e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), "is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static void feature(JsonParser parser, RowSink sink) {
        int line = parser.currentLocation().getLineNr();
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            sink.problem(line, "a feature is not a JSON object");
            return;
        }
        String id = null;
        Geometry geometry = new Geometry(null, null);
        JsonNode properties = null;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "id" -> id = value.isScalarValue() ? parser.getValueAsString() : skipped(parser);
                case "geometry" -> geometry = geometry(parser);
                case "properties" -> properties = value == JsonToken.START_OBJECT ? parser.readValueAsTree() : skip(parser);
                default -> parser.skipChildren();
            }
        }
        try {
            sink.row(row(line, id, geometry, properties));
        } catch (IllegalArgumentException problem) {
            sink.problem(line, problem.getMessage());
        }
    }

    /** A geometry as read: its point, or why it is none (null for both: a null geometry). */
    private record Geometry(GeoPoint point, String problem) {
    }

    private static Geometry geometry(JsonParser parser) {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return new Geometry(null, null);
        }
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return new Geometry(null, "the geometry is not a JSON object");
        }
        String type = null;
        List<Double> numbers = new ArrayList<>();
        String problem = null;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("type".equals(name) && value == JsonToken.VALUE_STRING) {
                type = parser.getString();
            } else if ("coordinates".equals(name) && value == JsonToken.START_ARRAY) {
                for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                    if (token.isNumeric() && numbers.size() < 3) {
                        numbers.add(parser.getDoubleValue());
                    } else {
                        problem = token == JsonToken.START_ARRAY ? "the geometry is not a Point (its coordinates are a"
                                + " list of positions); only points are imported" : "a Point's coordinates are two or three numbers";
                        parser.skipChildren();
                    }
                }
            } else {
                parser.skipChildren();
            }
        }
        if (problem == null && !"Point".equals(type)) {
            problem = "the geometry is a " + (type == null ? "geometry without a type" : Cells.shown(type))
                    + "; only points are imported";
        }
        if (problem == null && numbers.size() < 2) {
            problem = "a Point's coordinates are [longitude, latitude]";
        }
        if (problem != null) {
            return new Geometry(null, problem);
        }
        try {
            return new Geometry(Cells.point(Double.toString(numbers.get(1)), Double.toString(numbers.get(0))), null);
        } catch (IllegalArgumentException outOfRange) {
            return new Geometry(null, outOfRange.getMessage());
        }
    }

    private static ImportedRow row(int line, String featureId, Geometry geometry, JsonNode properties) {
        if (geometry.problem() != null) {
            throw new IllegalArgumentException(geometry.problem());
        }
        JsonNode props = properties == null ? NONE : properties;
        GeoPoint point = geometry.point() != null ? geometry.point()
                : Cells.point(text(props, "latitude"), text(props, "longitude"));
        String region = text(props, "region");
        if (point == null && region == null) {
            throw new IllegalArgumentException("no point (a null geometry, no latitude and longitude) and no region");
        }
        String given = featureId != null ? featureId : text(props, "id");
        String id = Cells.id(PREFIX, given);
        if (id == null) {
            id = Cells.hashed(PREFIX, props.toString() + point);
        }
        String date = text(props, "date");
        ReportedDate reported = date == null ? null : DATES.stream().filter(spelling -> spelling.reads(date)).findFirst()
                .orElse(DateSpelling.ISO).read(date);
        String place = first(props, "location", "place", "name");
        String description = text(props, "description");
        List<ImportedRow.Named> sources = sources(props.get("sources"));
        if (sources.isEmpty() && text(props, "source") != null) {
            sources = List.of(MappedRows.named(text(props, "source")));
        }
        return new ImportedRow(line, id, new ImportedRow.Where(place, region, point,
                point == null ? LocationPrecision.REGION : LocationPrecision.TOWN), reported,
                new ImportedRow.Report(description != null ? description : props.toString(), null, sources, null));
    }

    private static List<ImportedRow.Named> sources(JsonNode sources) {
        List<ImportedRow.Named> named = new ArrayList<>();
        if (sources == null || !sources.isArray()) {
            return named;
        }
        for (JsonNode source : sources) {
            if (source.isString() && !source.asString().isBlank()) {
                named.add(MappedRows.named(source.asString()));
            } else if (source.isObject()) {
                String url = text(source, "url");
                String name = first(source, "name", "outlet", "title");
                if (url != null || name != null) {
                    ImportedRow.Named fromUrl = url == null ? null : MappedRows.named(url);
                    named.add(new ImportedRow.Named(name != null ? name : fromUrl.name(), fromUrl == null ? null : fromUrl.url()));
                }
            }
        }
        return named.stream().distinct().toList();
    }

    private static String first(JsonNode node, String... fields) {
        for (String field : fields) {
            String value = text(node, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || !value.isValueNode() || value.asString().isBlank() ? null
                : value.asString().strip();
    }

    private static String skipped(JsonParser parser) {
        parser.skipChildren();
        return null;
    }

    private static JsonNode skip(JsonParser parser) {
        parser.skipChildren();
        return null;
    }

    private static DatasetException fail(RowSink sink, JsonParser parser, String reason) {
        return new DatasetException(sink.file(), parser.currentLocation().getLineNr(), parser.currentLocation().getColumnNr(), reason);
    }
}
