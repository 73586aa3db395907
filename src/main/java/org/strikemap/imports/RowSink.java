package org.strikemap.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Where a format puts what it reads: each row, or the reason a row cannot be read ({@code file:line: reason}), and
 * how far it has come (rows, for the progress bar and the command's line per 10,000 rows).
 * Limits: holds every row in memory (a 1,000,000-row cap is the format's to keep).
 */
final class RowSink {

    /** A row that could not be read, or could not become a strike: where and why. */
    record Problem(String file, int line, String reason) {

        @Override
        public String toString() {
            return file + ":" + line + ": " + reason;
        }
    }

    private final String file;
    private final int maxRows;
    private final LongConsumer progress;
    private final List<ImportedRow> rows = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private int read;

    RowSink(String file, int maxRows, LongConsumer progress) {
        this.file = file;
        this.maxRows = maxRows;
        this.progress = progress;
    }

    String file() {
        return file;
    }

    void row(ImportedRow row) {
        counted(row.line());
        rows.add(row);
    }

    void problem(int line, String reason) {
        counted(line);
        problems.add(new Problem(file, line, reason));
    }

    private void counted(int line) {
        read++;
        if (read > maxRows) {
            throw new org.strikemap.ingest.DatasetException(file, line, "more than " + maxRows
                    + " rows, the cap for an import (strikemap.import.max-rows)");
        }
        progress.accept(read);
    }

    List<ImportedRow> rows() {
        return rows;
    }

    List<Problem> problems() {
        return problems;
    }

    int read() {
        return read;
    }
}
