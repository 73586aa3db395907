package org.strikemap.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes CSV as {@link Csv} reads it (RFC 4180): a field with a comma, a double quote or a line break is quoted, its
 * quotes doubled; LF line ends; UTF-8 without a byte order mark. Limits: whole files in memory.
 */
final class CsvWriter {

    private final StringBuilder text = new StringBuilder();

    CsvWriter(List<String> header) {
        row(header);
    }

    /** One record; null fields are written empty. */
    CsvWriter row(List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(field(fields.get(i)));
        }
        text.append('\n');
        return this;
    }

    byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String field(Object value) {
        String text = value == null ? "" : value.toString();
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
