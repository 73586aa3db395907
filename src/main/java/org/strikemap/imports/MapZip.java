package org.strikemap.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.ingest.DatasetException;
import org.strikemap.ingest.MapReader;

/**
 * The project's own zip ("Get the data"'s data.zip, or any map's files zipped), read as a whole map: its entries
 * unpacked with caps against a zip bomb (how many, what they unpack to, how much smaller than that the zip may be),
 * entry names checked (no absolute paths, no "..", only files of a map), then read and checked by the loader's rules
 * (ingest.MapReader), so a map's zip imports as exactly the map it was: the same files, the same content hash.
 * Limits: the files are held in memory (at most {@link ImportCaps#MAX_UNZIPPED}).
 */
final class MapZip {

    /** What a map's zip may hold: its files, its outlines and licences below boundaries/, the credits. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*");

    private MapZip() {
    }

    /** The zip's files by name; fails as {@code file: reason} when it is no map's zip or breaks a cap. */
    static Map<String, byte[]> unzip(InputStream in, String file, long zippedBytes, LongConsumer progress) {
        Map<String, byte[]> files = new TreeMap<>();
        long total = 0;
        long ratioCap = Math.max(zippedBytes, 1L) * ImportCaps.MAX_RATIO;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            byte[] buffer = new byte[1 << 16];
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (entry.isDirectory()) {
                    continue;
                }
                if (!NAME.matcher(name).matches() || name.contains("..")) {
                    throw new DatasetException(file, 0, "holds an entry named '" + Cells.shown(name)
                            + "', which is no file of a map (names are relative, without ..)");
                }
                if (files.size() >= ImportCaps.MAX_ENTRIES) {
                    throw new DatasetException(file, 0, "holds more than " + ImportCaps.MAX_ENTRIES + " files; a map has fewer");
                }
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                for (int got = zip.read(buffer); got > 0; got = zip.read(buffer)) {
                    total += got;
                    if (total > ImportCaps.MAX_UNZIPPED || total > ratioCap) {
                        throw new DatasetException(file, 0, "unpacks to more than " + ImportCaps.megabytes(Math.min(
                                ImportCaps.MAX_UNZIPPED, ratioCap)) + " (at most " + ImportCaps.MAX_RATIO
                                + " times its own size, at most " + ImportCaps.megabytes(ImportCaps.MAX_UNZIPPED)
                                + "): a zip bomb, or no map's zip");
                    }
                    bytes.write(buffer, 0, got);
                }
                if (files.put(name, bytes.toByteArray()) != null) {
                    throw new DatasetException(file, 0, "holds '" + name + "' twice");
                }
                progress.accept(total);
            }
        } catch (ZipException e) {
            throw new DatasetException(file, 0, "is not a readable zip: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new DatasetException(file, 0, "is not a zip of a map's files (it holds none)");
        }
        return files;
    }

    /** The map the files hold, named {@code slug}; errors name the files as "{@code file}:strikes.csv:7: …". */
    static LoadedDataset map(Map<String, byte[]> files, String slug, String file) {
        Map<String, byte[]> own = new TreeMap<>(files);
        // A zip of a folder holds the files under one folder: read them from there.
        String folder = singleFolder(own);
        if (folder != null) {
            Map<String, byte[]> below = new TreeMap<>();
            own.forEach((name, bytes) -> below.put(name.substring(folder.length()), bytes));
            own = below;
        }
        return MapReader.files(own, slug, file + ":" + (folder == null ? "" : folder));
    }

    private static String singleFolder(Map<String, byte[]> files) {
        if (files.containsKey("dataset.csv")) {
            return null;
        }
        String first = files.keySet().iterator().next();
        int slash = first.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String folder = first.substring(0, slash + 1);
        return files.keySet().stream().allMatch(name -> name.startsWith(folder)) ? folder : null;
    }
}
