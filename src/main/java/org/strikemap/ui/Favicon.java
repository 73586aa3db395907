package org.strikemap.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The site's icon, the map's strike mark: {@code /favicon.svg}, which both pages link, and {@code /favicon.ico} for
 * browsers and crawlers that ask for it unprompted. Static bytes from the classpath, no session, cacheable for a day.
 */
@RestController
class Favicon {

    private static final CacheControl A_DAY = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    private final byte[] svg = read("favicon.svg");
    private final byte[] ico = read("favicon.ico");

    @GetMapping("/favicon.svg")
    ResponseEntity<byte[]> svg() {
        return ResponseEntity.ok().cacheControl(A_DAY).contentType(MediaType.parseMediaType("image/svg+xml")).body(svg);
    }

    @GetMapping("/favicon.ico")
    ResponseEntity<byte[]> ico() {
        return ResponseEntity.ok().cacheControl(A_DAY).contentType(MediaType.parseMediaType("image/x-icon")).body(ico);
    }

    private static byte[] read(String name) {
        try (InputStream in = Favicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name + " beside " + Favicon.class.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
