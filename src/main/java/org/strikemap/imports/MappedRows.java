package org.strikemap.imports;

import java.net.URI;
import java.util.List;
import org.strikemap.geo.GeoPoint;
import org.strikemap.ingest.DatasetException;
import org.strikemap.strike.LocationPrecision;
import org.strikemap.strike.ReportedDate;

/**
 * Any other CSV, read through a {@link ColumnMapping}: one strike per row, its id {@code csv-<id column>} (or, with
 * no id column, {@code csv-<hash of the row>}, the same for the same row). A row without coordinates is placed at
 * its region's anchor (a hollow ring), one without either is a problem; an empty date is "not known" (the planner
 * gives it the file's first day, a span with no end); the link names the report (its address), else the file does;
 * the description is the sentence cited, else the row as given.
 */
final class MappedRows {

    static final String PREFIX = "csv-";

    private MappedRows() {
    }

    /** The header of a plain CSV and its first {@code count} records, for the mapping step. */
    static CsvSample sample(CsvRecords records, String file, int count) {
        CsvRecords.Record first = records.next();
        if (first == null) {
            throw new DatasetException(file, 1, "the file is empty");
        }
        List<List<String>> rows = new java.util.ArrayList<>();
        for (CsvRecords.Record record = records.next(); record != null && rows.size() < count; record = records.next()) {
            rows.add(record.fields());
        }
        return new CsvSample(first.fields(), rows);
    }

    static void read(CsvRecords records, ColumnMapping mapping, RowSink sink, String fileName) {
        CsvRecords.Record first = records.next();
        if (first == null) {
            throw new DatasetException(sink.file(), 1, "the file is empty");
        }
        List<String> problems = mapping.problems(first.fields());
        if (!problems.isEmpty()) {
            throw new DatasetException(sink.file(), first.line(), "the mapping does not fit: " + String.join("; ", problems));
        }
        Header header = new Header(first.fields());
        for (CsvRecords.Record record = records.next(); record != null; record = records.next()) {
            try {
                sink.row(row(header, mapping, record, fileName));
            } catch (IllegalArgumentException problem) {
                sink.problem(record.line(), problem.getMessage());
            }
        }
    }

    private static ImportedRow row(Header header, ColumnMapping mapping, CsvRecords.Record record, String fileName) {
        String misfit = header.misfit(record);
        if (misfit != null) {
            throw new IllegalArgumentException(misfit);
        }
        ColumnMapping.Where where = mapping.where();
        GeoPoint point = where.coordinates() != null ? Cells.pair(header.cell(record, where.coordinates()))
                : Cells.point(header.cell(record, where.latitude()), header.cell(record, where.longitude()));
        String region = Cells.blankToNull(header.cell(record, where.region()));
        if (point == null && region == null) {
            throw new IllegalArgumentException("no coordinates and no region: the row cannot be placed");
        }
        String dateCell = Cells.blankToNull(header.cell(record, mapping.when().date()));
        ReportedDate date = dateCell == null ? null : mapping.when().spelling().read(dateCell);
        String place = Cells.blankToNull(header.cell(record, where.place()));
        String asText = header.asText(record);
        String id = Cells.id(PREFIX, header.cell(record, mapping.what().id()));
        if (id == null) {
            id = Cells.hashed(PREFIX, asText);
        }
        String description = Cells.blankToNull(header.cell(record, mapping.what().description()));
        String link = Cells.blankToNull(header.cell(record, mapping.what().link()));
        ImportedRow.Named source = link == null ? new ImportedRow.Named(fileName, null) : named(link);
        return new ImportedRow(record.line(), id,
                new ImportedRow.Where(place, region, point, point == null ? LocationPrecision.REGION : LocationPrecision.TOWN),
                date, new ImportedRow.Report(description != null ? description : asText, null, List.of(source), null));
    }

    /** A link as a report: its address and its host as the outlet; a cell that is no address names an outlet. */
    static ImportedRow.Named named(String link) {
        String text = link.strip();
        if (text.startsWith("http://") || text.startsWith("https://")) {
            try {
                String host = URI.create(text).getHost();
                if (host != null) {
                    return new ImportedRow.Named(host.startsWith("www.") ? host.substring(4) : host, text);
                }
            } catch (IllegalArgumentException notAnAddress) {
                // Kept as a name below.
            }
        }
        return new ImportedRow.Named(text, null);
    }
}
