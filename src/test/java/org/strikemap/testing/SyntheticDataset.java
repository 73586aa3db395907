package org.strikemap.testing;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.strikemap.geo.GeoJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a synthetic map for the timeline benchmark (issue 7) and the canvas and crowded-marks browser tests
 * (through SyntheticData): a copy of a map's folder whose strikes.csv gains {@code count} made-up strikes over the
 * map's period, of mixed date precision (day, month, late month, period, unknown) and place precision (site, town,
 * region), each inside its region. Never committed as data: it goes to a folder of the caller's choosing
 * (src/bin/bench-timeline writes under target/). Limits: one source and quote for all made-up rows; the period is read
 * from the real strikes' first and last days.
 * Usage: SyntheticDataset <map folder> <output folder> <count> [seed]; the map's regions come from the boundary
 * library beside it (../boundaries).
 */
public final class SyntheticDataset {

    private static final String[] PRECISIONS = {"day", "day", "day", "day", "month", "month", "late-month", "period",
            "period", "unknown"};
    private static final String[] PLACES = {"site", "town", "town", "region"};

    private SyntheticDataset() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int count = Integer.parseInt(args[2]);
        Random random = new Random(args.length > 3 ? Long.parseLong(args[3]) : 7);
        copy(data, out);

        List<String> lines = Files.readAllLines(data.resolve("strikes.csv"), StandardCharsets.UTF_8);
        LocalDate first = LocalDate.MAX;
        LocalDate last = LocalDate.MIN;
        String source = null;
        // Columns by the header's names, so a new column (a translation, say) moves nothing. Only the real rows' own
        // first lines: a quoted note may hold commas, but the cells up to the source never do.
        List<String> header = List.of(lines.get(0).split(","));
        int dateFrom = header.indexOf("date_from");
        int dateTo = header.indexOf("date_to");
        int sourceColumn = header.indexOf("source");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", header.size());
            if (cells.length < header.size()) {
                continue;
            }
            LocalDate from = LocalDate.parse(cells[dateFrom]);
            first = from.isBefore(first) ? from : first;
            last = !cells[dateTo].isEmpty() && LocalDate.parse(cells[dateTo]).isAfter(last) ? LocalDate.parse(cells[dateTo]) : last;
            source = source == null ? cells[sourceColumn] : source;
        }
        // The map's area names the countries whose regions the strikes fall in; the library sits beside the maps.
        String area = Files.readAllLines(data.resolve("dataset.csv"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("area,")).findFirst().orElseThrow().substring("area,".length()).strip();
        List<Region> regions = new java.util.ArrayList<>();
        for (String country : area.split("[\\s,]+")) {
            regions.addAll(regions(data.toAbsolutePath().getParent().resolve("boundaries/regions/" + country + ".geojson")));
        }
        int days = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
        try (Writer writer = Files.newBufferedWriter(out.resolve("strikes.csv"), StandardCharsets.UTF_8,
                StandardOpenOption.APPEND)) {
            for (int i = 0; i < count; i++) {
                Region region = regions.get(random.nextInt(regions.size()));
                Coordinate point = region.randomPoint(random);
                String precision = PRECISIONS[random.nextInt(PRECISIONS.length)];
                LocalDate day = first.plusDays(random.nextInt(days));
                LocalDate from = day;
                String to = day.toString();
                switch (precision) {
                    case "month" -> {
                        from = YearMonth.from(day).atDay(1);
                        to = YearMonth.from(day).atEndOfMonth().toString();
                    }
                    case "late-month" -> {
                        from = YearMonth.from(day).atDay(21);
                        to = YearMonth.from(day).atEndOfMonth().toString();
                    }
                    case "period" -> to = min(day.plusDays(1 + random.nextInt(Math.max(1, days / 2))), last).toString();
                    case "unknown" -> to = "";
                    default -> { }
                }
                Map<String, String> row = Map.of("id", String.format(Locale.ROOT, "synthetic-%06d", i),
                        "place", "Synthetic place " + i, "region", region.code(),
                        "lat", String.format(Locale.ROOT, "%.4f", point.y), "lon", String.format(Locale.ROOT, "%.4f", point.x),
                        "location_precision", PLACES[random.nextInt(PLACES.length)], "date_from", from.toString(),
                        "date_to", to, "date_precision", precision, "status", "reported");
                Map<String, String> rest = Map.of("source", source,
                        "quote", "\"A made-up strike for the timeline benchmark.\"");
                writer.write(String.join(",", header.stream()
                        .map(column -> row.getOrDefault(column, rest.getOrDefault(column, ""))).toList()) + "\n");
            }
        }
        System.out.println("wrote " + count + " synthetic strikes over " + first + ".." + last + " into " + out);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private record Region(String code, PreparedGeometry shape, Envelope box) {
        Coordinate randomPoint(Random random) {
            while (true) {
                Coordinate c = new Coordinate(box.getMinX() + random.nextDouble() * box.getWidth(),
                        box.getMinY() + random.nextDouble() * box.getHeight());
                if (shape.containsProperly(GeoJson.WGS84.createPoint(c))) {
                    return c;
                }
            }
        }
    }

    private static List<Region> regions(Path file) throws IOException {
        JsonNode collection = JsonMapper.builder().build().readTree(Files.readString(file));
        List<Region> regions = new ArrayList<>();
        for (JsonNode feature : collection.get("features")) {
            Geometry shape = GeoJson.readGeometry(feature.get("geometry"));
            regions.add(new Region(feature.get("properties").get("code").asString(),
                    PreparedGeometryFactory.prepare(shape), shape.getEnvelopeInternal()));
        }
        return regions;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
