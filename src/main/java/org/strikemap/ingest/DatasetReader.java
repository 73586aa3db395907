package org.strikemap.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikemap.dataset.LoadedDataset;

/**
 * Reads every file of a map folder into a validated {@link LoadedDataset} named by the folder (its slug), or fails
 * with the first problem as {@code data/<slug>/file:line: reason}. The outlines come from the {@link BoundaryLibrary}.
 * Limits: the whole map is held in memory, each file at most {@link Limits#MAX_FILE_BYTES}.
 */
final class DatasetReader {

    static final String DESCRIPTION = "dataset.csv";
    static final String SOURCES = "sources.csv";
    static final String STRIKES = "strikes.csv";
    static final String CLAIMS = "claims.csv";
    static final String PLACES = "places.csv";
    static final String LAUNCH_SITES = "launch-sites.csv";
    static final String RANGE_RINGS = "range-rings.csv";
    static final List<String> FILES = List.of(DESCRIPTION, SOURCES, STRIKES, CLAIMS, PLACES, LAUNCH_SITES, RANGE_RINGS);

    /**
     * The folder of the reports' stored texts: report {@code id}'s is {@code texts/<id>.txt}, UTF-8, and a report without
     * stored text has no file there. A map without any has no such folder (so every map folder of before stays valid).
     */
    static final String SOURCE_TEXTS = "texts/";
    private static final String TEXT_SUFFIX = ".txt";

    /** Files a map may leave out, each with what the map then lacks; a file that is present must have rows. */
    static final Map<String, String> OPTIONAL = Map.of(
            PLACES, "no place labels on this map",
            LAUNCH_SITES, "no launch sites on this map, and no distances from one",
            RANGE_RINGS, "no range rings on this map");

    private static final Logger log = LoggerFactory.getLogger(DatasetReader.class);

    /**
     * Part of the content hash: bump it when the loader derives different rows from the same files
     * (a new column, another distance rule), so that a restart rewrites the database.
     */
    static final String LOADER_VERSION = "strikemap-loader-4";

    private DatasetReader() {
    }

    /**
     * Reads the map in {@code files}, named {@code slug}; its outlines from {@code library}. The content hash covers the
     * files and the library files the map draws from, not the slug: the same content is the same version anywhere.
     */
    static LoadedDataset read(MapFiles files, String slug, BoundaryLibrary library) {
        MessageDigest digest = sha256();
        digest.update(LOADER_VERSION.getBytes(StandardCharsets.UTF_8));
        RowReader reader = new RowReader(files.display(""), texts(files, digest), library);
        RowReader.Content content = reader.content();
        for (BoundaryLibrary.Read<?> file : reader.used()) {
            update(digest, "boundaries/" + file.name(), file.bytes());
        }
        return new LoadedDataset(slug, HexFormat.of().formatHex(digest.digest()), content.description(),
                content.sources(), content.strikes(), content.regions(), content.launch(), content.baseMap());
    }

    /**
     * The records of the map in {@code files} as {@link RowReader#records()} reads them, named {@code slug}; its hash is
     * empty (it is not a map to show, only what readers read of its strikes).
     */
    static LoadedDataset records(MapFiles files, String slug, BoundaryLibrary library) {
        RowReader.Content content = new RowReader(files.display(""), texts(files, sha256()), library).records();
        return new LoadedDataset(slug, "", content.description(), content.sources(), content.strikes(), content.regions(),
                content.launch(), content.baseMap());
    }

    /** The texts of the map's {@link #FILES} that are present, by name; each file (or its absence) goes into {@code digest}. */
    private static Map<String, String> texts(MapFiles files, MessageDigest digest) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String file : FILES) {
            Optional<byte[]> read = files.read(file);
            if (read.isEmpty() && OPTIONAL.containsKey(file)) {
                log.debug("{} is absent: {}", files.display(file), OPTIONAL.get(file));
                digest.update(("\0" + file + "\0absent\0").getBytes(StandardCharsets.UTF_8));
                continue;
            }
            byte[] bytes = read.orElseThrow(() -> new DatasetException(files.display(file), 0, "file is missing"));
            update(digest, file, bytes);
            texts.put(file, utf8(bytes, files.display(file)));
        }
        for (String name : files.list(SOURCE_TEXTS)) {
            String file = SOURCE_TEXTS + name;
            if (!name.endsWith(TEXT_SUFFIX) || name.length() == TEXT_SUFFIX.length()) {
                throw new DatasetException(files.display(file), 0, "is not a report's stored text: those are named"
                        + " texts/<report id>.txt");
            }
            byte[] bytes = files.require(file);
            update(digest, file, bytes);
            texts.put(file, utf8(bytes, files.display(file)));
        }
        return texts;
    }

    /** The file of report {@code id}'s stored text. */
    static String textOf(String id) {
        return SOURCE_TEXTS + id + TEXT_SUFFIX;
    }

    /** The report whose stored text {@code file} ({@code texts/<id>.txt}) is. */
    static String sourceOfText(String file) {
        return file.substring(SOURCE_TEXTS.length(), file.length() - TEXT_SUFFIX.length());
    }

    /** Name and length go into the hash too, so moving bytes between files changes it. */
    private static void update(MessageDigest digest, String file, byte[] bytes) {
        digest.update(("\0" + file + "\0" + bytes.length + "\0").getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
    }

    /** "data/" for ./data: error messages name files the way people see them from the project folder. */
    static String displayPrefix(Path dataDir) {
        Path name = dataDir.toAbsolutePath().normalize().getFileName();
        return name == null ? "" : name + "/";
    }

    /** The text of a UTF-8 file without its byte order mark; bad bytes fail with their line and column. */
    static String utf8(byte[] bytes, String display) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            int lineStart = 0;
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            // The bytes before the bad one on its line are valid, so their decoded length is the column.
            String before = new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8);
            throw new DatasetException(display, line, before.codePointCount(0, before.length()) + 1, String.format(
                    "is not valid UTF-8 (byte 0x%02X); save the file as UTF-8", bytes[at] & 0xFF));
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
