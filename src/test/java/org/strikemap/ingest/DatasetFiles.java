package org.strikemap.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test support: reads a dataset CSV as maps from column to value, for tests in other packages. */
public final class DatasetFiles {

    private DatasetFiles() {
    }

    public static List<Map<String, String>> rows(Path csv) {
        try {
            List<Csv.Record> records = Csv.parse(csv.toString(), Files.readString(csv));
            List<String> header = records.getFirst().fields();
            return records.subList(1, records.size()).stream().map(record -> {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), record.fields().get(i));
                }
                return row;
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
