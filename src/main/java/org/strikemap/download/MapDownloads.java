package org.strikemap.download;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.ingest.MapExport;
import org.strikemap.ingest.MapReader;

/**
 * Writes a map (one published version of it) as each of its downloads ({@link DataFile}) to a stream. The zip holds
 * exactly {@link MapExport}'s files of the version (so importing it into a new map gives the same content hash), the
 * boundaries' licence files under {@code boundaries/licenses/} and {@code CREDITS.txt}; its entries are in name order
 * with a fixed time, so one version always gives the same bytes. Limits: the caller picks the version; nothing is kept.
 */
@Service
public class MapDownloads {

    /** The credit file at the zip's root. */
    public static final String CREDITS = "CREDITS.txt";
    /** 1980-01-01, the zip format's first day: no entry carries the time it was written. */
    private static final long FIXED_TIME = 315532800000L;

    private final DataCredits credits;

    MapDownloads(DataCredits credits) {
        this.credits = credits;
    }

    /** The credit line every download of {@code map} carries. */
    public String credit(LoadedDataset map) {
        return credits.line(map);
    }

    public void write(LoadedDataset map, DataFile file, OutputStream out) {
        try {
            switch (file) {
                case ZIP -> zip(map, out);
                case GEOJSON -> StrikeCollection.write(map, credits.line(map), out);
                case CSV -> {
                    Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                    StrikeSheet.write(map, credits.line(map), text);
                    text.flush();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The zip's files by name: the map's own, its licences and its credits. */
    public Map<String, byte[]> files(LoadedDataset map) {
        Map<String, byte[]> files = new TreeMap<>(MapExport.files(map));
        credits.licences().forEach((name, bytes) -> files.put(MapReader.BOUNDARIES + DataCredits.LICENSES + name, bytes));
        files.put(CREDITS, creditText(map).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private void zip(LoadedDataset map, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Map.Entry<String, byte[]> file : files(map).entrySet()) {
            ZipEntry entry = new ZipEntry(file.getKey());
            entry.setTime(FIXED_TIME);
            zip.putNextEntry(entry);
            zip.write(file.getValue());
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    private String creditText(LoadedDataset map) {
        String language = map.description().words().title().original();
        StringBuilder text = new StringBuilder();
        text.append(map.description().words().title().in(language)).append('\n');
        text.append(map.slug()).append(", version ").append(map.version()).append('\n');
        text.append(credits.line(map)).append('\n');
        credits.licences().keySet().forEach(name ->
                text.append(MapReader.BOUNDARIES).append(DataCredits.LICENSES).append(name).append('\n'));
        return text.toString();
    }
}
