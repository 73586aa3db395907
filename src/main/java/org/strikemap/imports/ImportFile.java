package org.strikemap.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * A file to import, as received: its name as the person gave it (what problems name: {@code events.csv:12: …}), and
 * its bytes in a temporary file of the server's (so a file of hundreds of megabytes never sits in the heap).
 * Limits: the name is cut to a plain file name; the bytes are read as often as needed (detection, sampling, reading).
 */
public record ImportFile(String name, Path path) {

    private static final int SNIFF = 4096;

    public ImportFile {
        name = plainName(name);
    }

    public long size() {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the temporary file (the import's, once it is read or refused); a file left behind is only logged. */
    public void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(ImportFile.class).warn("Could not delete the upload {}: {}", path, e.getMessage());
        }
    }

    InputStream open() {
        try {
            return new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's text, strictly UTF-8, at most {@code caps.maxBytes()}, telling {@code progress} the bytes read. */
    StrictText text(ImportCaps caps, LongConsumer progress) {
        return new StrictText(open(), name, caps.maxBytes(), progress);
    }

    /** The format the file looks like: a zip by its first bytes, JSON by its first character, ACLED by its header. */
    public ImportFormat detect(ImportCaps caps) {
        byte[] start = new byte[SNIFF];
        int length;
        try (InputStream in = open()) {
            length = in.readNBytes(start, 0, SNIFF);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (length >= 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4) {
            return ImportFormat.MAP_ZIP;
        }
        String text = new String(start, 0, length, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        if (text.startsWith("{") || text.startsWith("[")) {
            return ImportFormat.GEOJSON;
        }
        try {
            CsvRecords records = new CsvRecords(text(caps, bytes -> { }), name, caps);
            CsvRecords.Record header = records.next();
            return header != null && AcledRows.isAcled(header.fields()) ? ImportFormat.ACLED : ImportFormat.CSV;
        } catch (RuntimeException unreadable) {
            // Reading it as its format says what is wrong; detection only guesses.
            return ImportFormat.CSV;
        }
    }

    /** The header and first rows of a plain CSV, for the mapping step. */
    public CsvSample sample(ImportCaps caps, int rows) {
        try (StrictText text = text(caps, bytes -> { })) {
            return MappedRows.sample(new CsvRecords(text, name, caps), name, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header a plain CSV's mapping is saved under. */
    public List<String> header(ImportCaps caps) {
        return sample(caps, 0).header();
    }

    private static String plainName(String name) {
        if (name == null || name.isBlank()) {
            return "upload";
        }
        String plain = name.replace('\\', '/');
        plain = plain.substring(plain.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        if (plain.length() > 100) {
            plain = plain.substring(plain.length() - 100);
        }
        return plain.isEmpty() ? "upload" : plain;
    }
}
