package org.strikemap.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;

/**
 * One streaming pass over a GeoJSON file before it is parsed as a tree: syntax errors (a truncated file, a stray
 * character, nesting deeper than Jackson's cap of 500) fail with their line and column, and the line and column where
 * each member of {@code features} starts are kept so later errors can point at the feature. Limits: no GeoJSON
 * semantics here; {@link Boundaries} checks those.
 */
final class GeoJsonText {

    /** Where a feature starts in the file, 1-based. */
    record Position(int line, int column) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Jackson's note on where an unclosed value began names no source and no offset here: noise in the message. */
    private static final Pattern SOURCE_NOTE = Pattern.compile("\\s*\\(for \\w+ starting at \\[Source: [^\\]]*\\]\\)");

    private GeoJsonText() {
    }

    /** The start of each feature, in order; throws with the line and column of the first syntax error. */
    static List<Position> featureStarts(String file, String json) {
        List<Position> starts = new ArrayList<>();
        JsonParser parser = JSON.createParser(json);
        try (parser) {
            int depth = 0;
            int roots = 0;
            boolean inFeatures = false;
            String rootProperty = null;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (depth == 0 && roots++ > 0) {
                    throw at(file, parser.currentTokenLocation(), "more text after the end of the JSON document");
                }
                switch (token) {
                    case PROPERTY_NAME -> rootProperty = depth == 1 ? parser.currentName() : rootProperty;
                    case START_OBJECT, START_ARRAY -> {
                        if (inFeatures && depth == 2 && token == JsonToken.START_OBJECT) {
                            TokenStreamLocation location = parser.currentTokenLocation();
                            starts.add(new Position(location.getLineNr(), location.getColumnNr()));
                        }
                        if (depth == 1 && token == JsonToken.START_ARRAY && "features".equals(rootProperty)) {
                            inFeatures = true;
                        }
                        depth++;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        depth--;
                        inFeatures = inFeatures && depth > 1;
                    }
                    default -> {
                    }
                }
            }
            if (roots == 0) {
                throw new DatasetException(file, 1, "the file is empty; expected a GeoJSON FeatureCollection");
            }
        } catch (JacksonException e) {
            // Jackson's constraint errors (nesting too deep) carry no location; the parser still knows where it is.
            throw at(file, e.getLocation() != null ? e.getLocation() : parser.currentLocation(),
                    "not valid JSON: " + SOURCE_NOTE.matcher(e.getOriginalMessage()).replaceAll(""));
        }
        return starts;
    }

    private static DatasetException at(String file, TokenStreamLocation location, String reason) {
        return location == null ? new DatasetException(file, 0, reason)
                : new DatasetException(file, Math.max(location.getLineNr(), 1), Math.max(location.getColumnNr(), 1), reason);
    }
}
