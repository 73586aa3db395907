package org.strikemap.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.strikemap.ingest.DatasetException;

/**
 * A CSV file from elsewhere (a spreadsheet's export, ACLED's), read record by record as it streams: fields split by
 * a comma, a semicolon or a tab (whichever the header line uses most), double quotes around a field with its quotes
 * doubled, line breaks inside quotes. Refused, as {@code file:line: reason}: a quote left open (blamed on the line it
 * opened), text after a closing quote, mixed line ends (LF and CRLF) or a carriage return alone, a cell longer
 * than the cap, a record of more fields than the cap. A quote inside an unquoted field is kept as a character, as
 * spreadsheets write it. Blank lines are skipped. Limits: one pass, forward only.
 */
final class CsvRecords {

    /** One record: the line it starts on, and its fields. */
    record Record(int line, List<String> fields) {
    }

    private final Reader in;
    private final String file;
    private final ImportCaps caps;
    private final char[] buffer = new char[1 << 16];
    private int length;
    private int pos;
    private int line = 1;
    private char separator;
    /** The first record's line end: "\n" or "\r\n"; null until one is seen. */
    private String lineEnd;

    CsvRecords(Reader in, String file, ImportCaps caps) {
        this.in = in;
        this.file = file;
        this.caps = caps;
    }

    /** The separator this file uses, once the first record is read. */
    char separator() {
        return separator;
    }

    /** The next record, or null at the end. */
    Record next() {
        while (true) {
            if (peek() < 0) {
                return null;
            }
            if (separator == 0) {
                separator = guessSeparator();
            }
            int start = line;
            List<String> fields = record();
            if (fields.size() > 1 || !fields.getFirst().isEmpty()) {
                return new Record(start, fields);
            }
        }
    }

    private List<String> record() {
        List<String> fields = new ArrayList<>();
        while (true) {
            fields.add(peek() == '"' ? quoted() : unquoted());
            if (fields.size() > caps.maxFields()) {
                throw new DatasetException(file, line, "has more than " + caps.maxFields() + " fields in one record");
            }
            int c = peek();
            if (c < 0) {
                return fields;
            }
            if (c == separator) {
                pos++;
                continue;
            }
            endOfLine();
            return fields;
        }
    }

    private String unquoted() {
        StringBuilder value = new StringBuilder();
        while (true) {
            int c = peek();
            if (c < 0 || c == separator || c == '\n' || c == '\r') {
                return value.toString();
            }
            value.append((char) c);
            pos++;
            cap(value);
        }
    }

    private String quoted() {
        int openedOn = line;
        StringBuilder value = new StringBuilder();
        pos++;
        while (true) {
            int c = peek();
            if (c < 0) {
                throw new DatasetException(file, openedOn, "a quoted field opens here and is never closed (a double"
                        + " quote is missing; the rest of the file was read as one field)");
            }
            pos++;
            if (c == '"') {
                if (peek() == '"') {
                    value.append('"');
                    pos++;
                    continue;
                }
                break;
            }
            if (c == '\n') {
                line++;
            }
            value.append((char) c);
            cap(value);
        }
        int after = peek();
        if (after >= 0 && after != separator && after != '\n' && after != '\r') {
            if (line > openedOn) {
                throw new DatasetException(file, openedOn, "a quoted field opens here and is never closed (the next"
                        + " double quote, on line " + line + ", is followed by more text)");
            }
            throw new DatasetException(file, line, "text after a closing quote (a field must be quoted as a whole)");
        }
        return value.toString();
    }

    private void endOfLine() {
        String end;
        if (peek() == '\r') {
            pos++;
            if (peek() != '\n') {
                throw new DatasetException(file, line, "a carriage return that does not end the line (old Mac line"
                        + " ends?); save the file with LF or CRLF line ends");
            }
            pos++;
            end = "\r\n";
        } else {
            pos++;
            end = "\n";
        }
        if (lineEnd == null) {
            lineEnd = end;
        } else if (!lineEnd.equals(end)) {
            throw new DatasetException(file, line, "this line ends with " + name(end) + " but the lines before it with "
                    + name(lineEnd) + ": mixed line ends; save the file with one kind");
        }
        line++;
    }

    private static String name(String end) {
        return end.equals("\n") ? "LF" : "CRLF";
    }

    private void cap(StringBuilder value) {
        if (value.length() > caps.maxCell()) {
            throw new DatasetException(file, line, "a cell is longer than " + caps.maxCell() + " characters, the cap");
        }
    }

    /** The separator the header line uses most, outside quotes: comma, semicolon or tab; comma if none. */
    private char guessSeparator() {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int offset = 0; ; offset++) {
            int c = at(pos + offset);
            if (c < 0 || (!quoted && (c == '\n' || c == '\r'))) {
                break;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private int peek() {
        return at(pos);
    }

    /** The character at {@code index} (at or after pos), reading more when needed; -1 at the end. */
    private int at(int index) {
        if (index >= length) {
            if (pos > 0) {
                System.arraycopy(buffer, pos, buffer, 0, length - pos);
                index -= pos;
                length -= pos;
                pos = 0;
            }
            while (index >= length) {
                if (length == buffer.length) {
                    // A header line longer than the buffer: guess from what is there.
                    return -1;
                }
                int got;
                try {
                    got = in.read(buffer, length, buffer.length - length);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (got < 0) {
                    return -1;
                }
                length += got;
            }
        }
        return buffer[index];
    }
}
