package org.strikemap.leaflet;

import java.util.List;

/**
 * Areas shaded by how many currently visible point features of a {@link MarkerLayer} they hold, joined by key
 * ({@link Counting}); counts follow the map's time in the browser. Only points whose layer says they are on record
 * count toward the {@link Scale}'s colours ({@code colours[i]} from {@code breaks[i]}); an area with none on record
 * but some possible takes {@code Scale.possible}. Tooltip templates may use {@code {name}} and {@code {count}};
 * {@code Tooltips.possible} ({@code {possible}}) is appended when some are possible. While the map's time is a
 * from–to window, {@code windowTooltips} (when set) word the same counts for the window.
 */
public record ChoroplethLayer(String id, String url, String keyProperty, String nameProperty, Counting counting,
                              Scale scale, PathStyle style, Tooltips tooltips, Tooltips windowTooltips)
        implements MapLayer {

    /**
     * Which points an area counts: those of {@code layer} whose {@code joinProperty} equals the area's key, and when
     * {@code flagProperty} is set, only those whose boolean property of that name is true.
     */
    public record Counting(String layer, String joinProperty, String flagProperty) {
    }

    /** The fills: {@code colours[i]} from {@code breaks[i]} points on record up; {@code possible} for none but some possible. */
    public record Scale(List<Integer> breaks, List<String> colours, String possible) {

        public Scale {
            breaks = List.copyOf(breaks);
            colours = List.copyOf(colours);
            if (breaks.size() != colours.size()) {
                throw new IllegalArgumentException("one colour per break");
            }
        }
    }

    /** Tooltip templates: {@code many} and {@code one} with {@code {name}}, {@code {count}}; {@code possible} with {@code {possible}}. */
    public record Tooltips(String many, String one, String possible) {
    }
}
