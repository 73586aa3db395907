package org.strikemap.boundary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One of the builder's hand-made CSV tables: fixed leading columns, then one {@code name_<tag>} column per
 * language (BCP 47 tag in lower case), so adding a language is adding a column. Errors name {@code file line N}.
 * Limits: one row per line; a field may be double-quoted (with "" for a quote) but not span lines.
 */
final class CsvTable {

    /** One data row, with the 1-based line it came from. */
    record Row(Path file, int line, Map<String, String> fields) {

        /** The field, stripped; empty when blank. */
        String get(String column) {
            return fields.getOrDefault(column, "");
        }

        IllegalArgumentException error(String reason) {
            return new IllegalArgumentException(file + " line " + line + ": " + reason);
        }
    }

    static final String NAME_PREFIX = "name_";
    private static final Pattern LANGUAGE_COLUMN = Pattern.compile("name_[a-z]{2,3}(-[a-z0-9]{2,8})*");

    private final List<String> languageTags;
    private final List<Row> rows;

    private CsvTable(List<String> languageTags, List<Row> rows) {
        this.languageTags = languageTags;
        this.rows = rows;
    }

    /**
     * Reads a table whose header is {@code leading} followed by zero or more {@code name_<tag>} columns, and whose
     * rows have exactly as many fields as the header.
     */
    static CsvTable read(Path file, List<String> leading) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = lines.isEmpty() ? List.of() : fields(stripBom(lines.get(0)));
        if (header.size() < leading.size() || !header.subList(0, leading.size()).equals(leading)) {
            throw new IllegalArgumentException(file + " line 1: header must start with " + String.join(",", leading));
        }
        List<String> tags = new ArrayList<>();
        for (String column : header.subList(leading.size(), header.size())) {
            if (!LANGUAGE_COLUMN.matcher(column).matches() || tags.contains(tag(column))) {
                throw new IllegalArgumentException(file + " line 1: '" + column + "' is not a new name_<tag> column "
                        + "(a lower-case BCP 47 tag such as name_uk)");
            }
            tags.add(tag(column));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> fields = fields(lines.get(i));
            if (fields.size() != header.size()) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected " + header.size()
                        + " fields, got " + fields.size() + ": " + fields);
            }
            Map<String, String> byColumn = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                byColumn.put(header.get(c), fields.get(c));
            }
            rows.add(new Row(file, i + 1, byColumn));
        }
        return new CsvTable(List.copyOf(tags), List.copyOf(rows));
    }

    /** The language tags of the {@code name_<tag>} columns, in column order. */
    List<String> languageTags() {
        return languageTags;
    }

    List<Row> rows() {
        return rows;
    }

    /** A row's names per language tag, in column order; blank ones left out. */
    Map<String, String> names(Row row) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String tag : languageTags) {
            String name = row.get(NAME_PREFIX + tag);
            if (!name.isEmpty()) {
                names.put(tag, name);
            }
        }
        return names;
    }

    private static String tag(String column) {
        return column.substring(NAME_PREFIX.length());
    }

    /** Splits one CSV line; double quotes protect commas, and "" inside quotes is a literal quote. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
