package org.strikemap.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.strikemap.i18n.Text;

/**
 * A CSV file whose header names its columns, with typed accessors that fail as {@code file:line: reason}.
 * Limits: the header must hold exactly the expected columns (any order); values are not trimmed.
 */
final class Table {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final String file;
    private final List<Row> rows;

    private Table(String file, List<Row> rows) {
        this.file = file;
        this.rows = rows;
    }

    /**
     * Parses {@code text}, the CSV file {@code name} of a map (shown as {@code file}), checking the header, the row
     * cap, each record's field count and each cell's length and characters ({@link Limits}). The header holds the
     * {@code required} columns, any of {@code optional}, and any {@code <column>_<language tag>} of the
     * {@code translatable} ones (the same words in another language).
     */
    static Table parse(String file, String name, String text, Columns columns) {
        List<Csv.Record> records = Csv.parse(file, text);
        if (records.isEmpty()) {
            throw new DatasetException(file, 1, "the file is empty; expected the header " + String.join(",", columns.required()));
        }
        Csv.Record header = records.getFirst();
        List<String> missing = columns.required().stream().filter(column -> !header.fields().contains(column)).toList();
        List<String> unknown = header.fields().stream().filter(column -> !columns.allows(column)).toList();
        if (!missing.isEmpty() || !unknown.isEmpty() || new TreeSet<>(header.fields()).size() != header.fields().size()) {
            throw new DatasetException(file, header.line(), "the header is " + String.join(",", header.fields())
                    + " but must have the columns " + String.join(",", columns.required()) + columns.optionalText());
        }
        if (records.size() == 1) {
            throw new DatasetException(file, header.line(), "has a header but no rows"
                    + (DatasetReader.OPTIONAL.containsKey(name) ? "; delete the file if the map has none" : ""));
        }
        if (records.size() - 1 > Limits.MAX_ROWS) {
            throw new DatasetException(file, records.get(Limits.MAX_ROWS + 1).line(), "more than " + Limits.MAX_ROWS
                    + " rows, the cap for a map's file");
        }
        List<Row> rows = new ArrayList<>(records.size() - 1);
        int width = header.fields().size();
        // Each column's cap and what it fills, found once per file rather than once per cell.
        int[] caps = new int[width];
        String[] fills = new String[width];
        for (int i = 0; i < width; i++) {
            String target = Limits.columnOf(name, header.fields().get(i));
            caps[i] = Limits.cell(name, header.fields().get(i));
            fills[i] = target != null ? "the column " + target : "a number, date or code";
        }
        for (Csv.Record record : records.subList(1, records.size())) {
            if (record.fields().size() != width) {
                throw new DatasetException(file, record.line(), "has " + record.fields().size() + " fields, the header "
                        + width);
            }
            for (int i = 0; i < width; i++) {
                String column = header.fields().get(i);
                Limits.Failure failure = reason -> new DatasetException(file, record.line(), column + " " + reason);
                Limits.checkLength(record.fields().get(i), caps[i], fills[i], failure);
                Limits.checkCharacters(record.fields().get(i), failure);
            }
            rows.add(new Row(file, name, record.line(), header.fields(), record.fields()));
        }
        return new Table(file, rows);
    }

    /** The columns a file's header may hold: required ones, optional ones, and translations of some. */
    record Columns(List<String> required, List<String> optional, List<String> translatable) {

        static Columns of(String required) {
            return new Columns(List.of(required.split(",")), List.of(), List.of());
        }

        Columns optional(String... columns) {
            return new Columns(required, List.of(columns), translatable);
        }

        Columns translatable(String... columns) {
            return new Columns(required, optional, List.of(columns));
        }

        boolean allows(String column) {
            return required.contains(column) || optional.contains(column) || translationOf(column) != null;
        }

        /** The column {@code column} translates ("place" for "place_pl"), or null when it is no translation. */
        String translationOf(String column) {
            int cut = column.lastIndexOf('_');
            if (cut < 0) {
                return null;
            }
            String base = column.substring(0, cut);
            return translatable.contains(base) && Text.TAG.matcher(column.substring(cut + 1)).matches() ? base : null;
        }

        private String optionalText() {
            List<String> more = new ArrayList<>(optional);
            translatable.forEach(column -> more.add(column + "_<language>"));
            return more.isEmpty() ? "" : " and may have " + String.join(",", more);
        }
    }

    String file() {
        return file;
    }

    List<Row> rows() {
        return rows;
    }

    /** One data record of the file {@code name} (shown as {@code file}): its values by column name. */
    record Row(String file, String name, int line, List<String> header, List<String> values) {

        DatasetException error(String reason) {
            return new DatasetException(file, line, reason);
        }

        /** The raw value, possibly empty. */
        String raw(String column) {
            int index = header.indexOf(column);
            if (index < 0) {
                throw new IllegalStateException("no column " + column + " in " + file);
            }
            return values.get(index);
        }

        String required(String column) {
            String value = raw(column);
            if (value.isBlank()) {
                throw error(column + " is empty");
            }
            return value;
        }

        /** The value, or null when the field is empty or the column absent. */
        String optional(String column) {
            if (!header.contains(column)) {
                return null;
            }
            String value = raw(column);
            return value.isBlank() ? null : value;
        }

        /**
         * The words of {@code column} in {@code language} (the map's own) and in every language the header gives
         * them in ({@code column_uk}, …), empty ones left out; null when the column itself is empty and optional.
         */
        Text text(String column, String language, boolean required) {
            String own = required ? required(column) : optional(column);
            if (own == null) {
                return null;
            }
            Map<String, String> words = new LinkedHashMap<>();
            words.put(language, own);
            String prefix = column + "_";
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i);
                if (name.startsWith(prefix) && Text.TAG.matcher(name.substring(prefix.length())).matches()
                        && !values.get(i).isBlank()) {
                    words.putIfAbsent(name.substring(prefix.length()), values.get(i));
                }
            }
            Text text = new Text(words);
            Limits.checkStored(text, Limits.columnOf(name, column),
                    reason -> error(column + " " + reason));
            return text;
        }

        String oneOf(String column, Set<String> allowed) {
            String value = required(column);
            if (!allowed.contains(value)) {
                throw error(column + " '" + value + "' is not one of " + String.join(", ", new TreeSet<>(allowed)));
            }
            return value;
        }

        <T> T code(String column, Function<String, T> fromCode) {
            String value = required(column);
            try {
                return fromCode.apply(value);
            } catch (IllegalArgumentException e) {
                throw error(e.getMessage());
            }
        }

        LocalDate date(String column) {
            return parseDate(column, required(column));
        }

        LocalDate optionalDate(String column) {
            String value = optional(column);
            return value == null ? null : parseDate(column, value);
        }

        double decimal(String column, double min, double max) {
            String value = required(column);
            double number;
            try {
                number = new BigDecimal(value).doubleValue();
            } catch (NumberFormatException e) {
                throw error(column + " '" + value + "' is not a number");
            }
            if (number < min || number > max) {
                throw error(column + " " + value + " is outside " + format(min) + ".." + format(max));
            }
            return number;
        }

        Integer optionalInteger(String column) {
            String value = optional(column);
            if (value == null) {
                return null;
            }
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException e) {
                throw error(column + " '" + value + "' is not a whole number");
            }
        }

        private LocalDate parseDate(String column, String value) {
            if (!ISO_DATE.matcher(value).matches()) {
                throw error(column + " " + value + " is not a date (yyyy-mm-dd)");
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw error(column + " " + value + " is not a date (yyyy-mm-dd)");
            }
        }

        private static String format(double number) {
            return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
        }
    }
}
