package org.strikemap.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.strikemap.map.MapStyle;

/**
 * The site's icon, the map's strike mark: {@code /favicon.svg}, which both pages link, written from the map's colours
 * ({@link MapStyle}), and {@code /favicon.ico} for browsers and crawlers that ask for it unprompted (static bytes from
 * the classpath, a raster of the same mark). No session, cacheable for a day.
 */
@RestController
public class Favicon {

    private static final CacheControl A_DAY = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    private static final byte[] SVG = ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\">"
            + "<circle cx=\"16\" cy=\"16\" r=\"15\" fill=\"" + MapStyle.MUTED + "\"/>"
            + "<circle cx=\"16\" cy=\"16\" r=\"13.5\" fill=\"" + MapStyle.WHITE + "\"/>"
            + "<circle cx=\"16\" cy=\"16\" r=\"11\" fill=\"" + MapStyle.MARK + "\"/></svg>\n")
            .getBytes(StandardCharsets.UTF_8);
    private final byte[] ico = read("favicon.ico");

    @GetMapping("/favicon.svg")
    ResponseEntity<byte[]> svg() {
        return ResponseEntity.ok().cacheControl(A_DAY).contentType(MediaType.parseMediaType("image/svg+xml")).body(iconSvg());
    }

    @GetMapping("/favicon.ico")
    ResponseEntity<byte[]> ico() {
        return ResponseEntity.ok().cacheControl(A_DAY).contentType(MediaType.parseMediaType("image/x-icon")).body(ico);
    }

    /** The SVG icon's bytes, also written beside a published embed. */
    public static byte[] iconSvg() {
        return SVG.clone();
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
