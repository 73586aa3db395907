package org.strikemap.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.strikemap.launch.LaunchArea;
import org.strikemap.region.Region;

/**
 * The shared outlines every map draws from ({@code strikemap.boundaries-dir}, data/boundaries/): each country's
 * first-level regions in {@code regions/<CC>.geojson}, the countries' outlines in {@code countries.geojson} and the
 * launch areas in {@code launch-areas.geojson} (data/boundaries/SOURCES.md). Each file is read and checked once per
 * load, on first use; what a map uses goes into its content hash, so a changed outline reloads the maps that draw it.
 * Limits: not thread-safe; one load's reader at a time.
 */
final class BoundaryLibrary {

    static final String COUNTRIES = "countries.geojson";
    static final String LAUNCH_AREAS = "launch-areas.geojson";

    /** One file of the library as read: its text (for the hash) and what it holds. */
    record Read<T>(String name, byte[] bytes, T content) {
    }

    private final Path dir;
    private final String prefix;
    private final Map<String, Read<?>> read = new HashMap<>();

    /** {@code dir}: the library's folder; errors name its files from the folder's parent ("data/boundaries/…"). */
    BoundaryLibrary(Path dir) {
        this.dir = dir;
        this.prefix = DatasetReader.displayPrefix(dir.toAbsolutePath().normalize().getParent()) + dir.getFileName() + "/";
    }

    /** The regions of one country ({@code country}: ISO 3166-1 alpha-2), or an error naming what the library has. */
    Read<List<Region>> regions(String country, Table.Row at) {
        String name = "regions/" + country + ".geojson";
        if (!Files.isRegularFile(dir.resolve(name))) {
            throw at.error("area " + country + " has no regions in the boundary library (" + prefix + "regions/ has "
                    + (countriesWithRegions().isEmpty() ? "none" : String.join(", ", countriesWithRegions())) + ")");
        }
        return file(name, (file, json) -> Boundaries.regions(file, json, country));
    }

    Read<List<Boundaries.LibraryCountry>> countries() {
        return file(COUNTRIES, Boundaries::countries);
    }

    Read<List<LaunchArea>> launchAreas() {
        return file(LAUNCH_AREAS, Boundaries::launchAreas);
    }

    /** How errors name a file of the library ("data/boundaries/countries.geojson"). */
    String display(String name) {
        return prefix + name;
    }

    /** The countries whose regions the library holds, by their file names. */
    List<String> countriesWithRegions() {
        try (var files = Files.list(dir.resolve("regions"))) {
            return files.map(path -> path.getFileName().toString()).filter(file -> file.endsWith(".geojson"))
                    .map(file -> file.substring(0, file.length() - ".geojson".length())).sorted().toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    @SuppressWarnings("unchecked")
    private <T> Read<T> file(String name, BiFunction<String, String, T> parse) {
        return (Read<T>) read.computeIfAbsent(name, key -> {
            byte[] bytes = DatasetReader.bytes(dir.resolve(name), prefix + name);
            return new Read<>(name, bytes, parse.apply(prefix + name, DatasetReader.utf8(bytes, prefix + name)));
        });
    }
}
