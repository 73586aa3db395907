package org.strikemap.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which columns of a plain CSV file hold what a strike needs, by header name (null: none): when (a date column and
 * how it spells dates), where (a latitude and a longitude column, or one "lat, lon" column, and/or a region column
 * with codes or names; a place column) and what (an id column, a link to the report, a description cited as the
 * strike's sentence). Saved with the map, under the file's columns, for the next import of the same file; written
 * and read as JSON ({@code --mapping=FILE}): {@code {"date": "Date", "dateFormat": "dd/mm/yyyy", "latitude": "Lat",
 * "longitude": "Lon", "coordinates": null, "place": "Town", "region": "Oblast", "link": "URL", "description": "Notes",
 * "id": "No."}}.
 */
public record ColumnMapping(When when, Where where, What what) {

    public record When(String date, DateSpelling spelling) {
    }

    public record Where(String latitude, String longitude, String coordinates, String place, String region) {
    }

    public record What(String id, String link, String description) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Why the mapping cannot read a file with {@code header}, each reason a sentence; empty when it can. */
    public List<String> problems(List<String> header) {
        Header names = new Header(header);
        List<String> problems = new ArrayList<>();
        columns().forEach((role, column) -> {
            if (column != null && !names.has(column)) {
                problems.add("the " + role + " column '" + column + "' is not in the file's header");
            }
        });
        if (when.date() == null) {
            problems.add("no column is chosen for the date");
        }
        boolean pair = where.latitude() != null || where.longitude() != null;
        if (pair && (where.latitude() == null || where.longitude() == null)) {
            problems.add("a latitude needs a longitude column, and the other way round");
        }
        if (pair && where.coordinates() != null) {
            problems.add("choose latitude and longitude columns, or one coordinates column, not both");
        }
        if (!pair && where.coordinates() == null && where.region() == null) {
            problems.add("no column places the strikes: choose coordinates, or a region");
        }
        return problems;
    }

    /** Every column the mapping names, by its role ("date", "latitude", …), nulls included. */
    public Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("date", when.date());
        columns.put("latitude", where.latitude());
        columns.put("longitude", where.longitude());
        columns.put("coordinates", where.coordinates());
        columns.put("place", where.place());
        columns.put("region", where.region());
        columns.put("link", what.link());
        columns.put("description", what.description());
        columns.put("id", what.id());
        return columns;
    }

    public String toJson() {
        Map<String, String> json = new LinkedHashMap<>(columns());
        json.put("dateFormat", when.spelling().label());
        return JSON.writeValueAsString(json);
    }

    /** A mapping from its JSON; {@link IllegalArgumentException} saying what is wrong. */
    public static ColumnMapping fromJson(String text) {
        JsonNode json;
        try {
            json = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the mapping is not JSON: " + e.getOriginalMessage());
        }
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("the mapping is not a JSON object");
        }
        String format = text(json, "dateFormat");
        DateSpelling spelling = format == null ? DateSpelling.ISO : DateSpelling.labelled(format).orElseThrow(() ->
                new IllegalArgumentException("dateFormat '" + format + "' is not one of " + String.join(", ",
                        java.util.Arrays.stream(DateSpelling.values()).map(DateSpelling::label).toList())));
        return new ColumnMapping(new When(text(json, "date"), spelling),
                new Where(text(json, "latitude"), text(json, "longitude"), text(json, "coordinates"), text(json, "place"),
                        text(json, "region")),
                new What(text(json, "id"), text(json, "link"), text(json, "description")));
    }

    /**
     * A first guess from the header's names (English and Ukrainian spellings a newsroom's sheet may use) and the
     * date spelling its sample values read in; the mapping step shows it to be corrected.
     */
    public static ColumnMapping guess(List<String> header, List<List<String>> samples) {
        String date = find(header, name -> name.contains("date") || name.contains("дата") || name.equals("day"));
        int dateIndex = date == null ? -1 : header.indexOf(date);
        List<String> dates = dateIndex < 0 ? List.of() : samples.stream()
                .map(row -> dateIndex < row.size() ? row.get(dateIndex) : "").toList();
        String latitude = find(header, name -> name.equals("lat") || name.startsWith("latitude") || name.equals("y")
                || name.contains("широта"));
        String longitude = find(header, name -> name.equals("lon") || name.equals("lng") || name.equals("long")
                || name.startsWith("longitude") || name.equals("x") || name.contains("довгота"));
        String coordinates = latitude == null ? find(header, name -> name.contains("coord") || name.contains("координат"))
                : null;
        return new ColumnMapping(new When(date, DateSpelling.detect(dates)),
                new Where(latitude, longitude, coordinates,
                        find(header, name -> name.contains("place") || name.contains("location") || name.contains("town")
                                || name.contains("city") || name.contains("місце") || name.contains("населений")),
                        find(header, name -> name.contains("region") || name.contains("oblast") || name.contains("admin1")
                                || name.contains("province") || name.contains("область"))),
                new What(find(header, name -> name.equals("id") || name.endsWith("_id") || name.equals("no.")),
                        find(header, name -> name.contains("url") || name.contains("link") || name.contains("source")
                                || name.contains("джерело") || name.contains("посилання")),
                        find(header, name -> name.contains("description") || name.contains("notes")
                                || name.contains("summary") || name.contains("опис"))));
    }

    private static String find(List<String> header, Predicate<String> matches) {
        return header.stream().filter(name -> matches.test(name.strip().toLowerCase(Locale.ROOT))).findFirst().orElse(null);
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() || value.asString().isBlank() ? null : value.asString();
    }
}
