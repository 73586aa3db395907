package org.strikemap.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One page load's bytes over the wire split by kind; cache hits count 0. Kinds, first match wins:
 * UIDL = Vaadin's own requests ({@code ?v-r=init|uidl|…}; in the old build they carry the map's layers);
 * layer data = path under {@code /layers/} or {@code /api/}, or {@code application/geo+json}, or other JSON whose body
 * is GeoJSON; html = documents; js/css = scripts and style sheets; other = the rest (fonts, images, …).
 * Limits: a JSON body is read back only when its kind is not settled by the URL or type.
 */
record Traffic(long html, long scriptStyle, long uidl, long layerData, long other, int requests, int fromCache,
               boolean geoJsonInUidl) {

    private static final Pattern GEOJSON = Pattern.compile("\"type\"\\s*:\\s*\"(FeatureCollection|Feature)\"");

    long total() {
        return html + scriptStyle + uidl + layerData + other;
    }

    static Traffic of(NetworkRecorder recorder) {
        long html = 0;
        long scriptStyle = 0;
        long uidl = 0;
        long layerData = 0;
        long other = 0;
        int requests = 0;
        int fromCache = 0;
        boolean geoJsonInUidl = false;
        for (NetworkRecorder.Request request : recorder.requests()) {
            if (!request.url.startsWith("http")) {
                continue;
            }
            requests++;
            fromCache += request.fromCache ? 1 : 0;
            long bytes = request.bytes();
            switch (kind(recorder, request)) {
                case UIDL -> {
                    uidl += bytes;
                    geoJsonInUidl |= recorder.body(request).contains("FeatureCollection");
                }
                case LAYER_DATA -> layerData += bytes;
                case HTML -> html += bytes;
                case SCRIPT_STYLE -> scriptStyle += bytes;
                case OTHER -> other += bytes;
            }
        }
        return new Traffic(html, scriptStyle, uidl, layerData, other, requests, fromCache, geoJsonInUidl);
    }

    /** One line per request for checking the classification by eye: kind, bytes counted, what Chromium said. */
    static List<String> describe(NetworkRecorder recorder) {
        List<String> lines = new ArrayList<>();
        for (NetworkRecorder.Request request : recorder.requests()) {
            if (request.url.startsWith("http")) {
                URI uri = URI.create(request.url);
                lines.add(String.format(Locale.ROOT, "%-12s %,9d bytes (encodedDataLength %,d%s) %s %s%s",
                        kind(recorder, request).label, request.bytes(), request.encodedBytes,
                        request.fromCache ? ", from cache" : "", request.mimeType, uri.getRawPath(),
                        uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
            }
        }
        return lines;
    }

    private static Kind kind(NetworkRecorder recorder, NetworkRecorder.Request request) {
        URI uri = URI.create(request.url);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        String mime = request.mimeType.toLowerCase(Locale.ROOT);
        if (query.startsWith("v-r=") || query.contains("&v-r=")) {
            return Kind.UIDL;
        }
        if (path.startsWith("/layers/") || path.startsWith("/api/") || mime.equals("application/geo+json")) {
            return Kind.LAYER_DATA;
        }
        boolean jsonLike = mime.contains("json") || path.endsWith(".json") || path.endsWith(".geojson");
        if (jsonLike && GEOJSON.matcher(recorder.body(request)).find()) {
            return Kind.LAYER_DATA;
        }
        if (mime.equals("text/html") || request.resourceType.equals("Document")) {
            return Kind.HTML;
        }
        if (mime.contains("javascript") || mime.equals("text/css") || request.resourceType.equals("Script")
                || request.resourceType.equals("Stylesheet")) {
            return Kind.SCRIPT_STYLE;
        }
        return Kind.OTHER;
    }

    private enum Kind {
        HTML("html"), SCRIPT_STYLE("js/css"), UIDL("uidl"), LAYER_DATA("layer data"), OTHER("other");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }
}
