package org.strikemap.api;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.strikemap.geo.GeoFeature;
import org.strikemap.geo.GeoJson;
import org.strikemap.map.Layer;

/** Writes features as an {@code application/geo+json} response (RFC 7946: always UTF-8, no charset parameter). */
final class GeoJsonResponses {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private GeoJsonResponses() {
    }

    static ResponseEntity<byte[]> of(List<GeoFeature> features, Layer layer) {
        // Bytes, not a String: a String converter would fall back to ISO-8859-1 for this media type.
        return ResponseEntity.ok().contentType(GEO_JSON).body(GeoJson.writeBytes(features, layer.decimals()));
    }
}
