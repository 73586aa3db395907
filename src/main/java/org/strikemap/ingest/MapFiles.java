package org.strikemap.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A map's files by name ({@code strikes.csv}, {@code boundaries/regions/UA.geojson}), wherever they are: a folder of
 * data/, the boundary library, or the files of a published version held in memory. Errors name a file as people see
 * it ({@link #display}). Limits: each file at most {@link Limits#MAX_FILE_BYTES}.
 */
public sealed interface MapFiles permits MapFiles.Folder, MapFiles.InMemory {

    /** The bytes of {@code name}; empty when there is no such file. Fails with {@link DatasetException} when unreadable. */
    Optional<byte[]> read(String name);

    /** The names of the files below {@code folder} ("regions/"), without their folder, in order. */
    List<String> list(String folder);

    /** How errors name {@code name}: "data/kn23/strikes.csv". */
    String display(String name);

    /** The files below {@code folder} ("boundaries/"), named from there. */
    MapFiles below(String folder);

    /** The bytes of {@code name}, or a {@link DatasetException} saying it is missing. */
    default byte[] require(String name) {
        return read(name).orElseThrow(() -> new DatasetException(display(name), 0, "file is missing"));
    }

    static MapFiles folder(Path dir, String prefix) {
        return new Folder(dir, prefix);
    }

    static MapFiles of(Map<String, byte[]> files, String prefix) {
        return new InMemory(new TreeMap<>(files), prefix);
    }

    /** A folder on disk. */
    record Folder(Path dir, String prefix) implements MapFiles {

        @Override
        public Optional<byte[]> read(String name) {
            Path path = dir.resolve(name);
            try {
                long size = Files.size(path);
                if (size > Limits.MAX_FILE_BYTES) {
                    throw new DatasetException(display(name), 0, "is " + Limits.megabytes(size) + ", over the cap of "
                            + Limits.megabytes(Limits.MAX_FILE_BYTES) + " for a map's file");
                }
                byte[] bytes = Files.readAllBytes(path);
                if (bytes.length > Limits.MAX_FILE_BYTES) {
                    throw new DatasetException(display(name), 0, "grew over the cap of "
                            + Limits.megabytes(Limits.MAX_FILE_BYTES) + " while being read");
                }
                return Optional.of(bytes);
            } catch (NoSuchFileException e) {
                return Optional.empty();
            } catch (IOException e) {
                throw new DatasetException(display(name), 0, "cannot be read: " + e.getMessage(), e);
            }
        }

        @Override
        public List<String> list(String folder) {
            try (Stream<Path> files = Files.list(dir.resolve(folder))) {
                return files.filter(Files::isRegularFile).map(path -> path.getFileName().toString()).sorted().toList();
            } catch (IOException e) {
                return List.of();
            }
        }

        @Override
        public String display(String name) {
            return prefix + name;
        }

        @Override
        public MapFiles below(String folder) {
            return new Folder(dir.resolve(folder), prefix + folder);
        }
    }

    /** Files held in memory (a published version's), by name. */
    record InMemory(Map<String, byte[]> files, String prefix) implements MapFiles {

        @Override
        public Optional<byte[]> read(String name) {
            return Optional.ofNullable(files.get(name));
        }

        @Override
        public List<String> list(String folder) {
            return files.keySet().stream().filter(name -> name.startsWith(folder) && name.indexOf('/', folder.length()) < 0)
                    .map(name -> name.substring(folder.length())).sorted().toList();
        }

        @Override
        public String display(String name) {
            return prefix + name;
        }

        @Override
        public MapFiles below(String folder) {
            Map<String, byte[]> below = new TreeMap<>();
            files.forEach((name, bytes) -> {
                if (name.startsWith(folder)) {
                    below.put(name.substring(folder.length()), bytes);
                }
            });
            return new InMemory(below, prefix + folder);
        }
    }
}
