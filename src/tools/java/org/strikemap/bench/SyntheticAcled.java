package org.strikemap.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.strikemap.geo.GeoFeature;
import org.strikemap.geo.GeoJson;

/**
 * Writes a synthetic ACLED export (the 2023 column set) of {@code count} events for the import benchmark: each event
 * inside one of the regions of a boundary file (so none is left out as outside the area), dated over three years,
 * with ACLED's mix of time and geo precisions, one to three of a pool of outlets as its sources, a sentence of notes
 * and a toll. Never committed: it goes where the caller says (src/bin/bench-import writes under target/).
 * Usage: SyntheticAcled <regions geojson> <output csv> <count> [seed]
 */
public final class SyntheticAcled {

    static final String HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
            + "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,"
            + "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,"
            + "timestamp";
    private static final LocalDate FIRST = LocalDate.of(2022, 2, 24);
    private static final int DAYS = 1040;

    private SyntheticAcled() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]),
                new Random(args.length > 3 ? Long.parseLong(args[3]) : 19));
    }

    static void write(Path regionsFile, Path out, int count, Random random) throws IOException {
        List<GeoFeature> regions = GeoJson.readFeatures(Files.readString(regionsFile));
        List<PreparedGeometry> shapes = new ArrayList<>();
        regions.forEach(region -> shapes.add(PreparedGeometryFactory.prepare(region.geometry())));
        List<String> outlets = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            outlets.add("Outlet " + i + (i % 3 == 0 ? " (Telegram)" : ""));
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer csv = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            csv.write(HEADER + "\n");
            for (int n = 1; n <= count; n++) {
                int index = random.nextInt(regions.size());
                GeoFeature region = regions.get(index);
                Envelope box = region.geometry().getEnvelopeInternal();
                double lat;
                double lon;
                do {
                    lat = box.getMinY() + random.nextDouble() * box.getHeight();
                    lon = box.getMinX() + random.nextDouble() * box.getWidth();
                } while (!shapes.get(index).covers(GeoJson.WGS84.createPoint(new Coordinate(lon, lat))));
                LocalDate day = FIRST.plusDays(random.nextInt(DAYS));
                int time = random.nextInt(100) < 80 ? 1 : random.nextInt(4) < 3 ? 2 : 3;
                int geo = random.nextInt(100) < 70 ? 1 : random.nextInt(3) < 2 ? 2 : 3;
                List<String> sources = new ArrayList<>();
                for (int s = 0, many = 1 + random.nextInt(3); s < many; s++) {
                    String outlet = outlets.get(random.nextInt(outlets.size()));
                    if (!sources.contains(outlet)) {
                        sources.add(outlet);
                    }
                }
                int killed = random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(12);
                String name = region.text("name");
                String place = "Place " + (n % 5000) + " in " + name;
                String notes = "On " + day + ", Russian forces shelled " + place + " (" + name + "), damaging houses and"
                        + " a school. " + (killed == 0 ? "No casualties were reported." : killed + " people were reported killed.");
                csv.write(String.join(",", List.of("UKR" + n, day.toString(), Integer.toString(day.getYear()),
                        Integer.toString(time), "Political violence", "Explosions/Remote violence",
                        "Shelling/artillery/missile attack", "Military Forces of Russia (2000-)", "", "8",
                        "Civilians (Ukraine)", "", "7", "78", "Civilian targeting", "804", "Europe", "Ukraine",
                        quoted(name), "", "", quoted(place), String.format(Locale.ROOT, "%.4f", lat),
                        String.format(Locale.ROOT, "%.4f", lon), Integer.toString(geo), quoted(String.join("; ", sources)),
                        "National", quoted(notes), Integer.toString(killed), "", Long.toString(1_700_000_000L + n))));
                csv.write('\n');
            }
        }
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
