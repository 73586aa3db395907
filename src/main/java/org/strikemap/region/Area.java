package org.strikemap.region;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a map covers: the countries (ISO 3166-1 alpha-2) whose first-level regions it counts and shades, in the
 * order given. None is an area too: points over country outlines, for a map across several countries.
 */
public record Area(List<String> countries) {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public Area {
        countries = List.copyOf(countries);
        for (String country : countries) {
            if (!COUNTRY.matcher(country).matches()) {
                throw new IllegalArgumentException("'" + country + "' is not an ISO 3166-1 alpha-2 country code");
            }
        }
        if (countries.stream().distinct().count() != countries.size()) {
            throw new IllegalArgumentException("a country is named twice in " + String.join(" ", countries));
        }
    }

    public static Area none() {
        return new Area(List.of());
    }

    /** Space- or comma-separated codes, as dataset.csv writes them ("UA", "UA MD"); blank for none. */
    public static Area parse(String codes) {
        if (codes == null || codes.isBlank()) {
            return none();
        }
        return new Area(List.of(codes.strip().split("[\\s,]+")));
    }

    public boolean isNone() {
        return countries.isEmpty();
    }

    public boolean covers(String country) {
        return countries.contains(country);
    }

    @Override
    public String toString() {
        return String.join(" ", countries);
    }
}
