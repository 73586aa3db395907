package org.strikemap.ui.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embed's JS, CSS and images, built from frontend/ by frontend/embed/build.mjs into the classpath's
 * {@code embed-assets/} with content-hashed names: held in memory and served immutable, with the gzip twin when the
 * reader accepts it. Limits: only the files the build's manifest names.
 */
@RestController
class EmbedAssets {

    static final String FOLDER = "embed-assets";
    private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    /** What the build wrote: the entry script, its stylesheet, and every file. */
    record Manifest(String script, String style, List<String> files) {
    }

    private final Manifest manifest;
    private final Map<String, byte[]> plain = new HashMap<>();
    private final Map<String, byte[]> gzipped = new HashMap<>();

    EmbedAssets() {
        byte[] json = read(FOLDER + "/manifest.json");
        if (json == null) {
            throw new IllegalStateException("The embed's assets are missing from the classpath (" + FOLDER
                    + "/manifest.json); build with Maven, which runs frontend/embed/build.mjs");
        }
        manifest = JsonMapper.builder().build().readValue(json, Manifest.class);
        for (String file : manifest.files()) {
            plain.put(file, read(FOLDER + "/" + file));
            byte[] zipped = read(FOLDER + "/" + file + ".gz");
            if (zipped != null) {
                gzipped.put(file, zipped);
            }
        }
    }

    Manifest manifest() {
        return manifest;
    }

    /** Every asset by file name, for the static publisher. */
    Map<String, byte[]> files() {
        return Map.copyOf(plain);
    }

    @GetMapping("/" + FOLDER + "/{file:.+}")
    ResponseEntity<byte[]> asset(@PathVariable String file,
                                 @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String encodings) {
        byte[] body = plain.get(file);
        if (body == null) {
            return ResponseEntity.notFound().build();
        }
        MediaType type = file.endsWith(".js") ? MediaType.parseMediaType("text/javascript;charset=UTF-8")
                : MediaTypeFactory.getMediaType(file).orElse(MediaType.APPLICATION_OCTET_STREAM);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(type).cacheControl(FOREVER)
                .varyBy(HttpHeaders.ACCEPT_ENCODING);
        boolean gzip = encodings != null && encodings.toLowerCase().contains("gzip") && gzipped.containsKey(file);
        return gzip ? response.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(gzipped.get(file)) : response.body(body);
    }

    private static byte[] read(String path) {
        ClassPathResource resource = new ClassPathResource(path);
        if (!resource.exists()) {
            return null;
        }
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
