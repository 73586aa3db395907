package org.strikemap.download;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.ingest.IngestProperties;

/**
 * Whom a download credits and under which licences: the map's own credit line (its dataset.csv's {@code credit}), and
 * the boundary library's attribution and licence files, read from the library itself: the quoted line under
 * "Attribution line" in its SOURCES.md, and the files in its {@code licenses/} folder. Read once at start.
 * Limits: a library without SOURCES.md or licences credits nothing for the outlines; the words are the files' own.
 */
@Component
public class DataCredits {

    /** The folder of the licence files, in the library and in a download's zip (under boundaries/). */
    public static final String LICENSES = "licenses/";
    private static final String MARKER = "Attribution line";

    private final String boundaries;
    private final Map<String, byte[]> licences;

    @Autowired
    DataCredits(IngestProperties properties) {
        this(properties.boundariesDir());
    }

    DataCredits(Path library) {
        this.boundaries = attribution(library.resolve("SOURCES.md"));
        this.licences = licences(library.resolve(LICENSES));
    }

    /** The boundaries' attribution line ("Boundaries: Natural Earth, via …"), empty when the library gives none. */
    public String boundaries() {
        return boundaries;
    }

    /** The library's licence files by name, in name order. */
    public Map<String, byte[]> licences() {
        return licences;
    }

    /** The map's credit and, unless it already says it, the boundaries' attribution: one line. */
    public String line(LoadedDataset map) {
        String language = map.description().words().title().original();
        String credit = map.description().in(language).credit().strip();
        if (boundaries.isEmpty() || credit.contains(boundaries)) {
            return credit;
        }
        return credit.isEmpty() ? boundaries : credit + (credit.endsWith(".") ? " " : ". ") + boundaries;
    }

    private static String attribution(Path sources) {
        List<String> lines;
        try {
            lines = Files.readAllLines(sources);
        } catch (IOException e) {
            return "";
        }
        boolean after = false;
        for (String line : lines) {
            if (line.contains(MARKER)) {
                after = true;
            } else if (after && line.startsWith(">")) {
                return line.substring(1).strip();
            }
        }
        return "";
    }

    private static Map<String, byte[]> licences(Path folder) {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> listed = Files.list(folder)) {
            for (Path file : listed.filter(Files::isRegularFile).sorted().toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the boundaries' licences in " + folder, e);
        }
        return java.util.Collections.unmodifiableMap(files);
    }
}
