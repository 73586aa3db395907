package org.strikemap.dataset;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.strikemap.geo.Bounds;
import org.strikemap.i18n.Text;
import org.strikemap.region.Area;

/**
 * A map's own words and framing from its dataset.csv: what it is called, what it says about itself, whom it credits,
 * how it labels the launch area (words per language: {@code title}, {@code title_uk}, {@code title_pl}, …), where it
 * looks, which countries' regions it covers ({@code area}) and the language of its reports. Code never carries these.
 * The map is offered in the languages its title is given in.
 */
public record DatasetDescription(Words words, Bounds view, double ringLabelBearing, String reportsLanguage, Area area) {

    /** The map's words per language; all but the title are null when the map gives none. */
    public record Words(Text title, Text subtitle, Text about, Text credit, Text launchAreaLabel) {
    }

    /**
     * The map's words in one language, each in the data's own language where the file gives none in that one; empty
     * (the launch area's label null) where the map gives none at all.
     */
    public record Worded(String title, String subtitle, String about, String credit, String launchAreaLabel) {
    }

    static final List<String> REQUIRED = List.of("title", "view_south", "view_west", "view_north", "view_east");
    /** Words that may also be given in other languages, as {@code <key>_<language tag>}. */
    static final List<String> TRANSLATABLE = List.of("title", "subtitle", "about", "credit", "launch_area_label");
    static final List<String> OPTIONAL = List.of("subtitle", "about", "credit", "launch_area_label", "ring_label_bearing",
            "reports_language", "language", "area");
    /** Every key the file may hold but translations, in alphabetical order (as error messages list them). */
    static final Set<String> KEYS = Collections.unmodifiableSet(new TreeSet<>(
            Stream.concat(REQUIRED.stream(), OPTIONAL.stream()).toList()));
    private static final double DEFAULT_RING_LABEL_BEARING = 180;
    /** The language of the words without a tag, and of the reports, when the file names none. */
    private static final String DEFAULT_LANGUAGE = "en";

    /** Reads the key/value pairs of dataset.csv; throws {@link IllegalArgumentException} naming the key at fault. */
    public static DatasetDescription of(Map<String, String> values) {
        for (String key : values.keySet()) {
            if (!KEYS.contains(key) && translated(key) == null) {
                throw new IllegalArgumentException("key '" + key + "' is not one of " + String.join(", ", KEYS)
                        + ", nor one of " + String.join(", ", TRANSLATABLE) + " followed by _ and a language tag (title_uk)");
            }
        }
        for (String key : REQUIRED) {
            if (values.get(key) == null || values.get(key).isBlank()) {
                throw new IllegalArgumentException("key '" + key + "' is missing");
            }
        }
        double south = number(values, "view_south", -90, 90);
        double west = number(values, "view_west", -180, 180);
        double north = number(values, "view_north", -90, 90);
        double east = number(values, "view_east", -180, 180);
        if (south >= north || west >= east) {
            throw new IllegalArgumentException("view_south must be below view_north and view_west left of view_east");
        }
        double bearing = values.containsKey("ring_label_bearing") ? number(values, "ring_label_bearing", 0, 360)
                : DEFAULT_RING_LABEL_BEARING;
        String language = tag(values, "language");
        Area area;
        try {
            area = Area.parse(values.get("area"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("key 'area': " + e.getMessage());
        }
        Words words = new Words(text(values, "title", language), text(values, "subtitle", language),
                text(values, "about", language), text(values, "credit", language),
                text(values, "launch_area_label", language));
        return new DatasetDescription(words, new Bounds(south, west, north, east), bearing, tag(values, "reports_language"),
                area);
    }

    /** The words in {@code language}, each in the data's own language where the file gives none in that one. */
    public Worded in(String language) {
        return new Worded(words.title().in(language), in(words.subtitle(), language, ""), in(words.about(), language, ""),
                in(words.credit(), language, ""), in(words.launchAreaLabel(), language, null));
    }

    private static String in(Text text, String language, String none) {
        return text == null ? none : text.in(language);
    }

    /** Whether the file gives {@code key}'s words ("title", "about", …) in {@code language}. */
    public boolean translated(String key, String language) {
        Text text = switch (key) {
            case "title" -> words.title();
            case "subtitle" -> words.subtitle();
            case "about" -> words.about();
            case "credit" -> words.credit();
            case "launch_area_label" -> words.launchAreaLabel();
            default -> throw new IllegalArgumentException("no words '" + key + "'");
        };
        return text != null && text.has(language);
    }

    /** The key/value pairs dataset.csv would hold for this description; {@link #of} reads them back to an equal one. */
    public Map<String, String> pairs() {
        Map<String, String> pairs = new LinkedHashMap<>();
        String language = words.title().original();
        pairs.put("language", language);
        put(pairs, "title", words.title());
        put(pairs, "subtitle", words.subtitle());
        put(pairs, "about", words.about());
        put(pairs, "credit", words.credit());
        put(pairs, "launch_area_label", words.launchAreaLabel());
        pairs.put("view_south", Double.toString(view.south()));
        pairs.put("view_west", Double.toString(view.west()));
        pairs.put("view_north", Double.toString(view.north()));
        pairs.put("view_east", Double.toString(view.east()));
        pairs.put("ring_label_bearing", Double.toString(ringLabelBearing));
        pairs.put("reports_language", reportsLanguage);
        pairs.put("area", area.toString());
        return pairs;
    }

    private static void put(Map<String, String> pairs, String key, Text text) {
        if (text == null) {
            return;
        }
        text.byLanguage().forEach((language, value) ->
                pairs.put(language.equals(text.original()) ? key : key + "_" + language, value));
    }

    /** The languages the map is offered in: those its title is given in, its own first. */
    public Set<String> languages() {
        return words.title().languages();
    }

    /** The translatable key {@code key} translates ("title" for "title_uk"), or null when it is no translation. */
    private static String translated(String key) {
        int cut = key.lastIndexOf('_');
        if (cut < 0) {
            return null;
        }
        String base = key.substring(0, cut);
        return TRANSLATABLE.contains(base) && Text.TAG.matcher(key.substring(cut + 1)).matches() ? base : null;
    }

    /** The words of {@code key} in the data's own language, then in every language the file gives them in. */
    private static Text text(Map<String, String> values, String key, String language) {
        String own = values.get(key);
        if (own == null || own.isBlank()) {
            return null;
        }
        Map<String, String> byLanguage = new LinkedHashMap<>();
        byLanguage.put(language, own);
        values.forEach((name, value) -> {
            if (key.equals(translated(name)) && !value.isBlank()) {
                byLanguage.putIfAbsent(name.substring(key.length() + 1), value);
            }
        });
        return new Text(byLanguage);
    }

    private static String tag(Map<String, String> values, String key) {
        String tag = values.getOrDefault(key, DEFAULT_LANGUAGE).strip();
        if (!Text.TAG.matcher(tag).matches()) {
            throw new IllegalArgumentException("key '" + key + "': '" + tag + "' is not a language tag (e.g. en, uk)");
        }
        return tag;
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
