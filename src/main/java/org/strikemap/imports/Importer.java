package org.strikemap.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.ingest.DatasetException;
import org.strikemap.launch.LaunchGeography;
import org.strikemap.source.Sources;
import org.strikemap.strike.Strikes;
import java.util.List;

/**
 * Reads a file in its format and plans it against a map's draft, telling {@link ImportProgress} how far it has come.
 * A file that cannot be read at all (bad UTF-8, a quote left open, a zip bomb, JSON nested too deep, over a cap)
 * fails with {@link DatasetException}; a row that cannot become a strike is a problem in the plan. Writes nothing.
 */
final class Importer {

    private Importer() {
    }

    /** {@code scope}: whose strikes the rows are (null: the format's own); {@code draft}: the map's draft, or null when a map's zip makes the map {@code slug}. */
    static ImportPlan plan(ImportFile file, ImportFormat format, ColumnMapping mapping, ImportScope scope, ImportCaps caps,
                           String slug, LoadedDataset draft, ImportProgress progress) {
        long size = file.size();
        if (size > caps.maxBytes()) {
            throw new DatasetException(file.name(), 0, "is " + ImportCaps.megabytes(size) + ", larger than "
                    + ImportCaps.megabytes(caps.maxBytes()) + ", the cap for an import (strikemap.import.max-bytes)");
        }
        if (format == ImportFormat.MAP_ZIP) {
            try (InputStream in = file.open()) {
                var files = MapZip.unzip(in, file.name(), size, progress::bytes);
                progress.bytes(size);
                LoadedDataset map = MapZip.map(files, slug, file.name());
                progress.rows(map.strikes().all().size());
                return WholeMapPlan.plan(draft != null ? draft : emptyLike(map), map, file.name());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (draft == null) {
            throw new DatasetException(file.name(), 0, "there is no map '" + slug + "' to import it into");
        }
        RowSink sink = new RowSink(file.name(), caps.maxRows(), progress::rows);
        try (StrictText text = file.text(caps, progress::bytes)) {
            switch (format) {
                case ACLED -> AcledRows.read(new CsvRecords(text, file.name(), caps), sink);
                case GEOJSON -> GeoJsonPoints.read(text, sink, caps);
                case CSV -> {
                    if (mapping == null) {
                        throw new DatasetException(file.name(), 0, "is a plain CSV file: say which column holds what"
                                + " (the mapping step, or --mapping=FILE)");
                    }
                    MappedRows.read(new CsvRecords(text, file.name(), caps), mapping, sink, file.name());
                }
                case MAP_ZIP -> throw new IllegalStateException("read above");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ImportPlanner.plan(draft, format, scope != null ? scope : ImportScope.of(format), file.name(), sink);
    }

    /** A map of {@code map}'s area and words with no records: what a map made from its zip is before the import. */
    static LoadedDataset emptyLike(LoadedDataset map) {
        return new LoadedDataset(map.slug(), "", map.description(), Sources.of(List.of(), List.of(), null, null),
                Strikes.of(List.of()), map.regions(), LaunchGeography.none(), map.baseMap());
    }
}
