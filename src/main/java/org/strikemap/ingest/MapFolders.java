package org.strikemap.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the maps of a data folder are: each sub-folder holding a dataset.csv is one map, named by the folder (its
 * slug), in the folders' alphabetical order; a data folder that holds a map's files itself is one map. Other
 * sub-folders (the boundary library) are not maps. A folder's name must be a slug ({@link MapSlug}), or no map is
 * loaded.
 */
final class MapFolders {

    /** One map's folder: its slug and how errors name its files ("data/kn23/"). */
    record MapFolder(Path path, String slug, String prefix) {
    }

    private MapFolders() {
    }

    static List<MapFolder> in(Path dataDir) {
        String root = DatasetReader.displayPrefix(dataDir);
        if (!Files.isDirectory(dataDir)) {
            throw new DatasetException(root, 0, "is not a folder (looked at " + dataDir.toAbsolutePath().normalize() + ")");
        }
        // A folder with a map's files is one map, even when its dataset.csv is missing (the reader then says so).
        if (DatasetReader.FILES.stream().anyMatch(file -> Files.isRegularFile(dataDir.resolve(file)))) {
            return List.of(folder(dataDir, root));
        }
        List<Path> folders;
        try (Stream<Path> children = Files.list(dataDir)) {
            folders = children.filter(Files::isDirectory).filter(path -> Files.isRegularFile(path.resolve(DatasetReader.DESCRIPTION)))
                    .sorted().toList();
        } catch (IOException e) {
            throw new DatasetException(root, 0, "cannot be listed: " + e.getMessage(), e);
        }
        if (folders.isEmpty()) {
            throw new DatasetException(root, 0, "holds no map: a map is a folder with a " + DatasetReader.DESCRIPTION
                    + " (see data/DATASET.md)");
        }
        return folders.stream().map(path -> folder(path, root + path.getFileName() + "/")).toList();
    }

    private static MapFolder folder(Path path, String prefix) {
        String slug = path.toAbsolutePath().normalize().getFileName().toString();
        MapSlug.problem(slug).ifPresent(problem -> {
            throw new DatasetException(prefix, 0, problem);
        });
        return new MapFolder(path, slug, prefix);
    }
}
