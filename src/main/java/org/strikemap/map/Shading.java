package org.strikemap.map;

import java.util.List;

/**
 * How regions are shaded by their count of attacks on record: {@code colours[i]} from {@code breaks[i]} attacks up,
 * a neutral {@code base} below the first break, and a second tone, {@code possible}, for a region with no attack on
 * record yet but some possible. The one definition of the breaks and colours: the legend and the server's picture
 * take them from here, and the browser gets them as data (the choropleth layer's config) because it re-shades at
 * every step of the timeline; its choice of tone (frontend/leaflet-map/area-fill.js) and {@link #fillFor} run the
 * same table of cases (src/test/resources/rules/shading.json). Limits: a region with attacks on record and more
 * possible takes its record colour; only its tooltip says "more".
 */
public record Shading(String base, List<Integer> breaks, List<String> colours, String possible) {

    /** A sequential light-to-dark red, colour-blind safe, in three steps: 1, 2, 3+; possible ones a pale blue-grey. */
    public static final Shading ATTACKS = new Shading("#e2ddd5", List.of(1, 2, 3), List.of("#fde0d2", "#fcae91", "#f4845f"),
            "#cdd5e0");

    public Shading {
        breaks = List.copyOf(breaks);
        colours = List.copyOf(colours);
        if (breaks.size() != colours.size()) {
            throw new IllegalArgumentException("one colour per break");
        }
    }

    /** The colour of {@code count} attacks on record, whatever may be possible. */
    public String colourFor(int count) {
        String colour = base;
        for (int i = 0; i < breaks.size(); i++) {
            if (count >= breaks.get(i)) {
                colour = colours.get(i);
            }
        }
        return colour;
    }

    /**
     * A region's fill: its record colour, or the possible tone (when there is one) when nothing is on record above the
     * first break but something may be.
     */
    public String fillFor(int onRecord, int possibleCount) {
        return onRecord < firstBreak() && possibleCount > 0 && possible != null ? possible : colourFor(onRecord);
    }

    private int firstBreak() {
        return breaks.isEmpty() ? Integer.MAX_VALUE : breaks.get(0);
    }
}
