package org.strikemap.download;

import java.util.ArrayList;
import java.util.List;

/** Test support: reads CSV whose every cell is quoted (what the downloads write), checking that each one is. */
final class QuotedCsv {

    private QuotedCsv() {
    }

    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) != '"') {
                throw new AssertionError("a cell is not quoted at character " + i + ": " + text.substring(i, Math.min(text.length(), i + 40)));
            }
            StringBuilder cell = new StringBuilder();
            i++;
            while (true) {
                char c = text.charAt(i++);
                if (c == '"') {
                    if (i < text.length() && text.charAt(i) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        break;
                    }
                } else {
                    cell.append(c);
                }
            }
            row.add(cell.toString());
            if (i < text.length() && text.charAt(i) == ',') {
                i++;
            } else if (text.startsWith("\r\n", i)) {
                i += 2;
                rows.add(row);
                row = new ArrayList<>();
            } else if (i < text.length()) {
                throw new AssertionError("expected , or CRLF at character " + i);
            }
        }
        if (!row.isEmpty()) {
            throw new AssertionError("the last row does not end with CRLF");
        }
        return rows;
    }
}
