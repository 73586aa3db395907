package org.strikemap.dataset;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.strikemap.geo.Bounds;

/**
 * The dataset's own words and framing from data/dataset.csv: what the map is called, what it says about itself,
 * where it looks, how it labels the launch area, and whom it credits. Code never carries these.
 */
public record DatasetDescription(String title, String subtitle, String about, String credit, Bounds view,
                                 String launchAreaLabel, double ringLabelBearing) {

    static final List<String> REQUIRED = List.of("title", "subtitle", "about", "credit", "view_south", "view_west",
            "view_north", "view_east", "launch_area_label");
    static final List<String> OPTIONAL = List.of("ring_label_bearing");
    /** Every key the file may hold, in alphabetical order (as error messages list them). */
    static final Set<String> KEYS = Collections.unmodifiableSet(new TreeSet<>(
            Stream.concat(REQUIRED.stream(), OPTIONAL.stream()).toList()));
    private static final double DEFAULT_RING_LABEL_BEARING = 180;

    /**
     * Reads the key/value pairs of dataset.csv; throws {@link IllegalArgumentException} naming the key at fault.
     */
    public static DatasetDescription of(Map<String, String> values) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        for (String key : copy.keySet()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("key '" + key + "' is not one of " + String.join(", ", KEYS));
            }
        }
        for (String key : REQUIRED) {
            if (copy.get(key) == null || copy.get(key).isBlank()) {
                throw new IllegalArgumentException("key '" + key + "' is missing");
            }
        }
        double south = number(copy, "view_south", -90, 90);
        double west = number(copy, "view_west", -180, 180);
        double north = number(copy, "view_north", -90, 90);
        double east = number(copy, "view_east", -180, 180);
        if (south >= north || west >= east) {
            throw new IllegalArgumentException("view_south must be below view_north and view_west left of view_east");
        }
        double bearing = copy.containsKey("ring_label_bearing") ? number(copy, "ring_label_bearing", 0, 360)
                : DEFAULT_RING_LABEL_BEARING;
        return new DatasetDescription(copy.get("title"), copy.get("subtitle"), copy.get("about"), copy.get("credit"),
                new Bounds(south, west, north, east), copy.get("launch_area_label"), bearing);
    }

    private static double number(Map<String, String> values, String key, double min, double max) {
        String text = values.get(key).strip();
        double number;
        try {
            number = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("key '" + key + "': '" + text + "' is not a number");
        }
        if (number < min || number > max || Double.isNaN(number)) {
            throw new IllegalArgumentException("key '" + key + "': " + text + " is outside " + min + ".." + max);
        }
        return number;
    }
}
