package org.strikemap.ingest;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.strikemap.launch.LaunchArea;
import org.strikemap.region.Region;

/**
 * The outlines maps draw from: each country's first-level regions in {@code regions/<CC>.geojson}, countries'
 * outlines in {@code countries.geojson} and launch areas in {@code launch-areas.geojson}. For a folder of data/ that is
 * the shared library ({@code strikemap.boundaries-dir}, data/boundaries/, see its SOURCES.md); for a published
 * version, the outlines it was published with. Each file is read and checked once, on first use; what a map uses goes
 * into its content hash, so a changed outline makes a new version. Limits: not thread-safe; one reader at a time.
 */
final class BoundaryLibrary {

    static final String COUNTRIES = "countries.geojson";
    static final String LAUNCH_AREAS = "launch-areas.geojson";
    static final String REGIONS = "regions/";

    /** One file of the library as read: its bytes (for the hash) and what it holds. */
    record Read<T>(String name, byte[] bytes, T content) {
    }

    private final MapFiles files;
    private final Map<String, Read<?>> read = new HashMap<>();

    /** {@code dir}: the library's folder; errors name its files from the folder's parent ("data/boundaries/…"). */
    BoundaryLibrary(Path dir) {
        this(MapFiles.folder(dir, DatasetReader.displayPrefix(dir.toAbsolutePath().normalize().getParent())
                + dir.getFileName() + "/"));
    }

    /** The library's files wherever they are: the outlines a published version holds, say. */
    BoundaryLibrary(MapFiles files) {
        this.files = files;
    }

    /**
     * The regions of one country ({@code country}: ISO 3166-1 alpha-2), or an error naming what the library has, at
     * {@code at} (the dataset.csv row that names the area; null for a map made in the browser).
     */
    Read<List<Region>> regions(String country, Table.Row at) {
        if (!countriesWithRegions().contains(country)) {
            List<String> has = countriesWithRegions();
            String reason = "area " + country + " has no regions in the boundary library (" + files.display(REGIONS)
                    + " has " + (has.isEmpty() ? "none" : String.join(", ", has)) + ")";
            throw at == null ? new DatasetException(files.display(REGIONS), 0, reason) : at.error(reason);
        }
        return file(REGIONS + country + ".geojson", (file, json) -> Boundaries.regions(file, json, country));
    }

    Read<List<Boundaries.LibraryCountry>> countries() {
        return file(COUNTRIES, Boundaries::countries);
    }

    Read<List<LaunchArea>> launchAreas() {
        return file(LAUNCH_AREAS, Boundaries::launchAreas);
    }

    /** How errors name a file of the library ("data/boundaries/countries.geojson"). */
    String display(String name) {
        return files.display(name);
    }

    /** The countries whose regions the library holds, by their file names. */
    List<String> countriesWithRegions() {
        return files.list(REGIONS).stream().filter(file -> file.endsWith(".geojson"))
                .map(file -> file.substring(0, file.length() - ".geojson".length())).toList();
    }

    @SuppressWarnings("unchecked")
    private <T> Read<T> file(String name, BiFunction<String, String, T> parse) {
        return (Read<T>) read.computeIfAbsent(name, key -> {
            byte[] bytes = files.require(name);
            return new Read<>(name, bytes, parse.apply(files.display(name), DatasetReader.utf8(bytes, files.display(name))));
        });
    }
}
