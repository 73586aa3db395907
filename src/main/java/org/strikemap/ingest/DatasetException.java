package org.strikemap.ingest;

/**
 * Why the dataset was rejected, as {@code data/strikes.csv:7: reason} or {@code data/x.geojson:3:18: reason}: the
 * file relative to the data directory's parent, the 1-based line where the offending record starts (0 when the
 * whole file is at fault) and, where it helps, the 1-based column (character) in that line.
 */
public class DatasetException extends RuntimeException {

    private final String file;
    private final int line;

    public DatasetException(String file, int line, String reason) {
        this(file, line, 0, reason, null);
    }

    public DatasetException(String file, int line, String reason, Throwable cause) {
        this(file, line, 0, reason, cause);
    }

    public DatasetException(String file, int line, int column, String reason) {
        this(file, line, column, reason, null);
    }

    private DatasetException(String file, int line, int column, String reason, Throwable cause) {
        super(file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + reason, cause);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
