package org.strikemap.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.strikemap.geo.GeoFeature;
import org.strikemap.geo.GeoJson;
import org.strikemap.map.Layer;

/** Writes features as an {@code application/geo+json} response (RFC 7946: always UTF-8, no charset parameter). */
final class GeoJsonResponses {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    /** A body written once, plain and gzipped, for answers given many times. */
    record Written(byte[] plain, byte[] gzipped) {
    }

    private GeoJsonResponses() {
    }

    static ResponseEntity<byte[]> of(List<GeoFeature> features, Layer layer) {
        // Bytes, not a String: a String converter would fall back to ISO-8859-1 for this media type.
        return ResponseEntity.ok().contentType(GEO_JSON).body(GeoJson.writeBytes(features, layer.decimals()));
    }

    static Written write(List<GeoFeature> features, Layer layer) {
        byte[] bytes = GeoJson.writeBytes(features, layer.decimals());
        return new Written(bytes, gzip(bytes));
    }

    /** A written body as {@code response}: gzipped when {@code encodings} (the Accept-Encoding header) takes gzip. */
    static ResponseEntity<byte[]> of(Written body, String encodings, ResponseEntity.BodyBuilder response) {
        response.contentType(GEO_JSON).varyBy(HttpHeaders.ACCEPT_ENCODING);
        boolean gzip = encodings != null && encodings.toLowerCase(Locale.ROOT).contains("gzip");
        return gzip ? response.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(body.gzipped()) : response.body(body.plain());
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
