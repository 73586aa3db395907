package org.strikemap.imports;

import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The caps on an import ({@code strikemap.import.*}), each checked as the file streams in, so a hostile file is
 * refused before it costs much: its size, its rows, a cell's length, a record's fields; for a zip, its entries, what
 * they unpack to and how much they may be compressed; for JSON, how deep it nests.
 */
@ConfigurationProperties("strikemap.import")
public record ImportCaps(@DefaultValue("268435456") long maxBytes, @DefaultValue("1000000") int maxRows,
                         @DefaultValue("100000") int maxCell, @DefaultValue("500") int maxFields,
                         @DefaultValue("64") int maxDepth, @DefaultValue("2") int parallel) {

    /** What unzipped files may add up to, and how many times smaller than that a zip may be. */
    static final long MAX_UNZIPPED = 256L * 1024 * 1024;
    static final int MAX_RATIO = 100;
    /** A map's files and outlines are a few dozen; each report's stored text is one more (texts/<id>.txt). */
    static final int MAX_ENTRIES = 20_000;

    public static ImportCaps defaults() {
        return new ImportCaps(268_435_456L, 1_000_000, 100_000, 500, 64, 2);
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024));
    }
}
