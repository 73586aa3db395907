package org.strikemap.imports;

import java.util.List;

/** A plain CSV file's header and its first rows, as the mapping step shows them. */
public record CsvSample(List<String> header, List<List<String>> rows) {

    public CsvSample {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
