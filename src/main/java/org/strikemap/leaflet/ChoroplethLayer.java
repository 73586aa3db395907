package org.strikemap.leaflet;

import java.util.List;

/**
 * Areas shaded by how many currently visible features of a {@link MarkerLayer} they hold, joined by key: an area
 * counts the points whose {@code countedJoinProperty} equals its {@code keyProperty}, only those whose boolean
 * {@code countedProperty} is true when it is set. Counts follow the map's time in the browser. {@code colours[i]}
 * applies from {@code breaks[i]}. Only points whose layer says they are on record count; an area with none on
 * record but some possible is filled with {@code possibleColour}. Tooltip templates may use {@code {name}} and
 * {@code {count}}; {@code tooltipPossible} ({@code {possible}}) is appended when some are possible.
 */
public record ChoroplethLayer(String id, String url, String keyProperty, String nameProperty, String countedLayer,
                              String countedJoinProperty, String countedProperty, List<Integer> breaks,
                              List<String> colours, String possibleColour, PathStyle style, String tooltip,
                              String tooltipOne, String tooltipPossible)
        implements MapLayer {

    public ChoroplethLayer {
        breaks = List.copyOf(breaks);
        colours = List.copyOf(colours);
        if (breaks.size() != colours.size()) {
            throw new IllegalArgumentException("one colour per break");
        }
    }
}
