package org.strikemap.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader: comma-separated, optional double quotes (doubled inside), line breaks inside
 * quotes, LF or CRLF line ends, an optional UTF-8 byte order mark. Each record keeps the line it starts on.
 * Limits: no other separators or escapes; a quote inside an unquoted field is an error rather than a guess.
 */
final class Csv {

    /** One record: its fields and the 1-based physical line where it starts. */
    record Record(int line, List<String> fields) {
    }

    private final String file;
    private final String text;
    private int pos;
    private int line = 1;

    private Csv(String file, String text) {
        this.file = file;
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** All records of {@code text}, header included; {@code file} only names the file in error messages. */
    static List<Record> parse(String file, String text) {
        return new Csv(file, text).records();
    }

    private List<Record> records() {
        List<Record> records = new ArrayList<>();
        while (pos < text.length()) {
            int start = line;
            List<String> fields = record();
            boolean blank = fields.size() == 1 && fields.getFirst().isEmpty();
            if (!blank) {
                records.add(new Record(start, List.copyOf(fields)));
            }
        }
        return records;
    }

    private List<String> record() {
        List<String> fields = new ArrayList<>();
        while (true) {
            fields.add(pos < text.length() && text.charAt(pos) == '"' ? quoted() : unquoted());
            if (pos >= text.length()) {
                return fields;
            }
            char c = text.charAt(pos);
            if (c == ',') {
                pos++;
            } else {
                endOfLine();
                return fields;
            }
        }
    }

    private String unquoted() {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ',' || c == '\n' || c == '\r') {
                break;
            }
            if (c == '"') {
                throw new DatasetException(file, line, "a double quote inside an unquoted field (quote the whole field and double the quote)");
            }
            pos++;
        }
        return text.substring(start, pos);
    }

    private String quoted() {
        int openedOn = line;
        StringBuilder value = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= text.length()) {
                throw new DatasetException(file, openedOn, "a quoted field is never closed");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                if (pos < text.length() && text.charAt(pos) == '"') {
                    value.append('"');
                    pos++;
                } else {
                    break;
                }
            } else {
                if (c == '\n') {
                    line++;
                }
                value.append(c);
            }
        }
        if (pos < text.length() && ",\r\n".indexOf(text.charAt(pos)) < 0) {
            if (line > openedOn) {
                // A quote left open swallows the lines after it until the next quote: blame the line it opened on.
                throw new DatasetException(file, openedOn, "a quoted field opens here and is never closed (the next"
                        + " double quote, on line " + line + ", is followed by more text)");
            }
            throw new DatasetException(file, line, "text after a closing quote (a field must be quoted as a whole)");
        }
        return value.toString();
    }

    private void endOfLine() {
        if (text.charAt(pos) == '\r') {
            pos++;
            if (pos < text.length() && text.charAt(pos) != '\n') {
                throw new DatasetException(file, line, "a carriage return that does not end the line");
            }
        }
        if (pos < text.length()) {
            pos++;
        }
        line++;
    }
}
