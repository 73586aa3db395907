package org.strikemap.api;

import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Wraps GeoJSON text as an {@code application/geo+json} response (RFC 7946: always UTF-8, no charset parameter). */
final class GeoJsonResponses {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private GeoJsonResponses() {
    }

    static ResponseEntity<byte[]> of(String geoJson) {
        // Bytes, not a String: a String converter would fall back to ISO-8859-1 for this media type.
        return ResponseEntity.ok().contentType(GEO_JSON).body(geoJson.getBytes(StandardCharsets.UTF_8));
    }
}
