package org.strikemap.ui;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.strikemap.map.MapStyle;

/**
 * {@code /palette.css}: the map's colours ({@link MapStyle#cssProperties()}) as custom properties of {@code :root},
 * for pages that carry them neither in a style attribute nor in setup data: the script-less error pages under the
 * strict Content-Security-Policy. The full page writes the same properties into its {@code <body style>}
 * ({@link PageChrome}), the embed's script sets them from its setup. No session, cacheable for a day.
 */
@RestController
public class Palette {

    /** Where the stylesheet is served, from the site's root. */
    public static final String PATH = "/palette.css";

    private static final CacheControl A_DAY = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();
    private static final byte[] CSS = (":root { " + MapStyle.cssDeclarations() + " }\n").getBytes(StandardCharsets.UTF_8);

    @GetMapping(PATH)
    ResponseEntity<byte[]> css() {
        return ResponseEntity.ok().cacheControl(A_DAY).contentType(new MediaType("text", "css", StandardCharsets.UTF_8))
                .body(CSS.clone());
    }
}
