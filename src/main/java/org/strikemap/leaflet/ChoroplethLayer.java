package org.strikemap.leaflet;

import java.util.List;

/**
 * Areas shaded by how many currently visible features of a {@link MarkerLayer} they hold, joined by key: an area
 * counts the points whose {@code countedJoinProperty} equals its {@code keyProperty}, only those whose boolean
 * {@code countedProperty} is true when it is set. Counts follow the map's time in the browser. {@code colours[i]}
 * applies from {@code breaks[i]}. Only points whose layer says they are on record count; an area with none on
 * record but some possible is filled with {@code possibleColour}. Tooltip templates may use {@code {name}} and
 * {@code {count}}; {@code tooltipPossible} ({@code {possible}}) is appended when some are possible. While the map's
 * time is a from–to window, {@code windowTooltips} (when set) word the same counts for the window.
 */
public record ChoroplethLayer(String id, String url, String keyProperty, String nameProperty, String countedLayer,
                              String countedJoinProperty, String countedProperty, List<Integer> breaks,
                              List<String> colours, String possibleColour, PathStyle style, String tooltip,
                              String tooltipOne, String tooltipPossible, Tooltips windowTooltips)
        implements MapLayer {

    /** Tooltip templates for a from–to window: {@code many} and {@code one} with {@code {name}}, {@code {count}}; {@code possible} with {@code {possible}}. */
    public record Tooltips(String many, String one, String possible) {
    }

    /** Without window wording: a window is worded as a day. */
    public ChoroplethLayer(String id, String url, String keyProperty, String nameProperty, String countedLayer,
                           String countedJoinProperty, String countedProperty, List<Integer> breaks, List<String> colours,
                           String possibleColour, PathStyle style, String tooltip, String tooltipOne, String tooltipPossible) {
        this(id, url, keyProperty, nameProperty, countedLayer, countedJoinProperty, countedProperty, breaks, colours,
                possibleColour, style, tooltip, tooltipOne, tooltipPossible, null);
    }

    public ChoroplethLayer {
        breaks = List.copyOf(breaks);
        colours = List.copyOf(colours);
        if (breaks.size() != colours.size()) {
            throw new IllegalArgumentException("one colour per break");
        }
    }
}
