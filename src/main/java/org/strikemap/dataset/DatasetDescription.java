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
                                 String launchAreaLabel, double ringLabelBearing, String reportsLanguage,
                                 Map<String, String> translations) {

    static final List<String> REQUIRED = List.of("title", "subtitle", "about", "credit", "view_south", "view_west",
            "view_north", "view_east", "launch_area_label");
    /** Words that may also be given in Ukrainian, as {@code <key>_uk}. */
    static final List<String> TRANSLATABLE = List.of("title", "subtitle", "about", "credit", "launch_area_label");
    static final List<String> OPTIONAL = Stream.concat(Stream.of("ring_label_bearing", "reports_language"),
            TRANSLATABLE.stream().map(key -> key + "_uk")).toList();
    /** Every key the file may hold, in alphabetical order (as error messages list them). */
    static final Set<String> KEYS = Collections.unmodifiableSet(new TreeSet<>(
            Stream.concat(REQUIRED.stream(), OPTIONAL.stream()).toList()));
    private static final double DEFAULT_RING_LABEL_BEARING = 180;
    /** The language the reports (and so their quotes and claims) are in, as a BCP 47 tag, when the file names none. */
    private static final String DEFAULT_REPORTS_LANGUAGE = "en";

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
                new Bounds(south, west, north, east), copy.get("launch_area_label"), bearing,
                copy.getOrDefault("reports_language", DEFAULT_REPORTS_LANGUAGE), translations(copy));
    }

    public DatasetDescription {
        translations = Map.copyOf(translations);
    }

    /**
     * The dataset's words in {@code language} ("en", "uk") where the file gives them, else in English: check
     * {@link #translated(String, String)} to mark the English ones as such.
     */
    public DatasetDescription in(String language) {
        return new DatasetDescription(word("title", language), word("subtitle", language), word("about", language),
                word("credit", language), view, word("launch_area_label", language), ringLabelBearing, reportsLanguage, translations);
    }

    /** Whether {@code key}'s words are given in {@code language}; English always is. */
    public boolean translated(String key, String language) {
        return "en".equals(language) || translations.containsKey(key + "_" + language);
    }

    private String word(String key, String language) {
        String english = switch (key) {
            case "title" -> title;
            case "subtitle" -> subtitle;
            case "about" -> about;
            case "credit" -> credit;
            default -> launchAreaLabel;
        };
        return translations.getOrDefault(key + "_" + language, english);
    }

    private static Map<String, String> translations(Map<String, String> values) {
        Map<String, String> translations = new LinkedHashMap<>();
        for (String key : TRANSLATABLE) {
            String text = values.get(key + "_uk");
            if (text != null && !text.isBlank()) {
                translations.put(key + "_uk", text);
            }
        }
        return translations;
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
