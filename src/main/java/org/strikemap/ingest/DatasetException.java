package org.strikemap.ingest;

/**
 * Why the dataset was rejected, as {@code data/strikes.csv:7: reason}: the file relative to the data
 * directory's parent, the 1-based line where the offending record starts (0 when the whole file is at fault).
 */
public class DatasetException extends RuntimeException {

    private final String file;
    private final int line;

    public DatasetException(String file, int line, String reason) {
        this(file, line, reason, null);
    }

    public DatasetException(String file, int line, String reason, Throwable cause) {
        super((line > 0 ? file + ":" + line : file) + ": " + reason, cause);
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
