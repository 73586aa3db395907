package org.strikemap.download;

import java.util.regex.Pattern;

/**
 * The CSV injection rule (OWASP, "CSV Injection"), its one definition: a cell a spreadsheet would read as a formula —
 * one that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return — is written with a
 * single quote before it, unless the whole cell is a plain number ("-33.9", "+3", "1e5"), which no spreadsheet runs.
 * Every cell is also quoted by {@link #quoted}, so no separator or quote inside a value splits or ends it.
 * Limits: the quote shows in programs that are not spreadsheets; that is OWASP's trade too.
 */
public final class SpreadsheetCell {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private SpreadsheetCell() {
    }

    /** {@code value} as a spreadsheet may show it without running it; null is empty. */
    public static String defused(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula && !NUMBER.matcher(value).matches() ? "'" + value : value;
    }

    /** The cell as written: defused, then in double quotes with each double quote doubled (RFC 4180). */
    public static String quoted(String value) {
        return '"' + defused(value).replace("\"", "\"\"") + '"';
    }
}
