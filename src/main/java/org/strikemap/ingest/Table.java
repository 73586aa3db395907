package org.strikemap.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

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
     * Parses {@code text}, the CSV file {@code name} of the dataset (shown as {@code file}), checking the header, the
     * row cap, each record's field count and each cell's length and characters ({@link Limits}).
     */
    static Table parse(String file, String name, String text, List<String> columns) {
        List<Csv.Record> records = Csv.parse(file, text);
        if (records.isEmpty()) {
            throw new DatasetException(file, 1, "the file is empty; expected the header " + String.join(",", columns));
        }
        Csv.Record header = records.getFirst();
        if (!new TreeSet<>(header.fields()).equals(new TreeSet<>(columns)) || header.fields().size() != columns.size()) {
            throw new DatasetException(file, header.line(), "the header is " + String.join(",", header.fields())
                    + " but must have the columns " + String.join(",", columns));
        }
        if (records.size() == 1) {
            throw new DatasetException(file, header.line(), "has a header but no rows"
                    + (DatasetReader.OPTIONAL.containsKey(name) ? "; delete the file if the dataset has none" : ""));
        }
        if (records.size() - 1 > Limits.MAX_ROWS) {
            throw new DatasetException(file, records.get(Limits.MAX_ROWS + 1).line(), "more than " + Limits.MAX_ROWS
                    + " rows, the cap for a dataset file");
        }
        List<Row> rows = new ArrayList<>();
        for (Csv.Record record : records.subList(1, records.size())) {
            if (record.fields().size() != columns.size()) {
                throw new DatasetException(file, record.line(), "has " + record.fields().size() + " fields, the header "
                        + columns.size());
            }
            for (int i = 0; i < columns.size(); i++) {
                String column = header.fields().get(i);
                String target = Limits.columnOf(name, column);
                Limits.Failure failure = reason -> new DatasetException(file, record.line(), column + " " + reason);
                Limits.checkLength(record.fields().get(i), Limits.cell(name, column),
                        target != null ? "the column " + target : "a number, date or code", failure);
                Limits.checkCharacters(record.fields().get(i), failure);
            }
            rows.add(new Row(file, record.line(), header.fields(), record.fields()));
        }
        return new Table(file, rows);
    }

    String file() {
        return file;
    }

    List<Row> rows() {
        return rows;
    }

    /** One data record: its values by column name. */
    record Row(String file, int line, List<String> header, List<String> values) {

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

        /** The value, or null when the field is empty. */
        String optional(String column) {
            String value = raw(column);
            return value.isBlank() ? null : value;
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
