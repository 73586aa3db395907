package org.strikemap.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.strikemap.map.MapStyle;

/**
 * The picture draws marks, water and labels in {@link MapStyle}'s colours; the browser takes them from the Leaflet
 * add-on's stylesheet. Every custom property's fallback there must be the value here, or the two maps would differ.
 */
class StylesAgreeTest {

    @Test
    void everyColourOfThePictureIsTheStylesheetsDefault() throws IOException {
        String css = Files.readString(Path.of("frontend/leaflet-map/leaflet-map.css"));
        Map<String, String> expected = Map.ofEntries(
                Map.entry("--lm-water", MapStyle.WATER),
                Map.entry("--lm-mark", MapStyle.MARK),
                Map.entry("--lm-mark-uncertain", MapStyle.MARK_UNCERTAIN),
                Map.entry("--lm-launch", MapStyle.LAUNCH_MARK),
                Map.entry("--lm-label", MapStyle.LABEL),
                Map.entry("--lm-label-country", MapStyle.COUNTRY_LABEL),
                Map.entry("--lm-label-strong", MapStyle.STRONG_LABEL),
                Map.entry("--lm-faded-opacity", Double.toString(MapStyle.FADED_OPACITY)),
                Map.entry("--lm-ghost-fill-opacity", Double.toString(MapStyle.GHOST_FILL_OPACITY)),
                Map.entry("--lm-ghost-stroke", Double.toString(MapStyle.GHOST_STROKE)),
                Map.entry("--lm-ghost-dash", Double.toString(MapStyle.GHOST_DASH)),
                Map.entry("--lm-ghost-gap", Double.toString(MapStyle.GHOST_GAP)));
        expected.forEach((property, value) -> {
            Matcher uses = Pattern.compile("var\\(" + Pattern.quote(property) + ",\\s*([^)]+)\\)").matcher(css);
            assertTrue(uses.find(), property + " is used in the stylesheet");
            do {
                assertEquals(value.toLowerCase(Locale.ROOT), uses.group(1).strip().toLowerCase(Locale.ROOT), property);
            } while (uses.find());
        });
    }
}
