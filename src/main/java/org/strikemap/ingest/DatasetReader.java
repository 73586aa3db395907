package org.strikemap.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
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

/**
 * Reads every file of a dataset directory into a validated {@link Dataset}, or fails with the first problem as
 * {@code data/file:line: reason}. Limits: the whole dataset is held in memory (it is a few hundred KB).
 */
final class DatasetReader {

    static final String DESCRIPTION = "dataset.csv";
    static final String SOURCES = "sources.csv";
    static final String STRIKES = "strikes.csv";
    static final String CLAIMS = "claims.csv";
    static final String PLACES = "places.csv";
    static final String LAUNCH_SITES = "launch-sites.csv";
    static final String RANGE_RINGS = "range-rings.csv";
    static final String REGIONS = "boundaries/regions.geojson";
    static final String COUNTRIES = "boundaries/countries.geojson";
    static final String LAUNCH_AREAS = "boundaries/launch-areas.geojson";
    static final List<String> FILES = List.of(DESCRIPTION, SOURCES, STRIKES, CLAIMS, PLACES, LAUNCH_SITES, RANGE_RINGS, REGIONS,
            COUNTRIES, LAUNCH_AREAS);

    /**
     * Part of the content hash: bump it when the loader derives different rows from the same files
     * (a new column, another distance rule), so that a restart rewrites the database.
     */
    static final String LOADER_VERSION = "strikemap-loader-2";

    private DatasetReader() {
    }

    static Dataset read(Path dataDir) {
        String prefix = displayPrefix(dataDir);
        Map<String, String> texts = new LinkedHashMap<>();
        MessageDigest digest = sha256();
        digest.update(LOADER_VERSION.getBytes(StandardCharsets.UTF_8));
        for (String file : FILES) {
            byte[] bytes = bytes(dataDir.resolve(file), prefix + file);
            // Name and length go into the hash too, so moving bytes between files changes it.
            digest.update(("\0" + file + "\0" + bytes.length + "\0").getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
            texts.put(file, utf8(bytes, prefix + file));
        }
        return new RowReader(prefix, texts, HexFormat.of().formatHex(digest.digest())).dataset();
    }

    /** "data/" for ./data: error messages name files the way people see them from the project folder. */
    static String displayPrefix(Path dataDir) {
        Path name = dataDir.toAbsolutePath().normalize().getFileName();
        return name == null ? "" : name + "/";
    }

    private static byte[] bytes(Path path, String display) {
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new DatasetException(display, 0, "file is missing (looked at " + path.toAbsolutePath().normalize() + ")");
        } catch (IOException e) {
            throw new DatasetException(display, 0, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static String utf8(byte[] bytes, String display) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DatasetException(display, 0, "is not valid UTF-8", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
