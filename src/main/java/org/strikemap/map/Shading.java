package org.strikemap.map;

import java.util.List;

/**
 * How regions are shaded by their count of attacks: {@code colours[i]} from {@code breaks[i]} attacks up, a neutral
 * {@code base} below the first break. The choropleth layer and the legend both take it from here.
 */
public record Shading(String base, List<Integer> breaks, List<String> colours) {

    /** A sequential light-to-dark red, colour-blind safe, in three steps: 1, 2, 3+. */
    public static final Shading ATTACKS = new Shading("#e2ddd5", List.of(1, 2, 3), List.of("#fde0d2", "#fcae91", "#f4845f"));

    public Shading {
        breaks = List.copyOf(breaks);
        colours = List.copyOf(colours);
        if (breaks.size() != colours.size()) {
            throw new IllegalArgumentException("one colour per break");
        }
    }

    public String colourFor(int count) {
        String colour = base;
        for (int i = 0; i < breaks.size(); i++) {
            if (count >= breaks.get(i)) {
                colour = colours.get(i);
            }
        }
        return colour;
    }
}
