package org.strikemap.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV file's header: which field of a record holds a column, found by name without regard to case or surrounding
 * spaces. A record shorter than the header has its missing cells empty (spreadsheets leave trailing ones out); a
 * longer one is a problem.
 */
final class Header {

    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();

    Header(List<String> names) {
        this.names = List.copyOf(names);
        for (int i = 0; i < names.size(); i++) {
            index.putIfAbsent(key(names.get(i)), i);
        }
    }

    List<String> names() {
        return names;
    }

    boolean has(String column) {
        return column != null && index.containsKey(key(column));
    }

    /** The record's cell of {@code column}, null when the header has no such column or the record ends before it. */
    String cell(CsvRecords.Record record, String column) {
        if (column == null) {
            return null;
        }
        Integer at = index.get(key(column));
        return at == null || at >= record.fields().size() ? null : record.fields().get(at);
    }

    /** Why the record does not fit the header, or null. */
    String misfit(CsvRecords.Record record) {
        return record.fields().size() > names.size()
                ? "has " + record.fields().size() + " fields, the header " + names.size() : null;
    }

    /** The record as the file gave it, for a strike's quote when the file has no sentence: "name: value; …". */
    String asText(CsvRecords.Record record) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(names.size(), record.fields().size()); i++) {
            String value = record.fields().get(i);
            if (!value.isBlank()) {
                text.append(text.isEmpty() ? "" : "; ").append(names.get(i)).append(": ").append(value.strip());
            }
        }
        return text.length() > 10_000 ? text.substring(0, 10_000) : text.toString();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
