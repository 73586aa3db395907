package org.strikemap.imports;

import java.util.Arrays;
import java.util.List;
import org.strikemap.geo.GeoPoint;
import org.strikemap.ingest.DatasetException;
import org.strikemap.strike.DatePrecision;
import org.strikemap.strike.LocationPrecision;
import org.strikemap.strike.ReportedDate;

/**
 * ACLED's event export (the column set of 2023; other columns are ignored), one strike per event, its id
 * {@code acled-<event_id_cnty>}, so a newer export updates the same strikes:
 * <ul>
 * <li>{@code time_precision} 1: the day of {@code event_date}; 2: the week around it (three days either side, a
 * period); 3: its calendar month.</li>
 * <li>{@code geo_precision} 1 (the town itself) and 2 (near a town, or a part of a region): a town; 3 (the region
 * only): the region (a hollow ring on the map).</li>
 * <li>{@code location}: the place as given; {@code latitude}, {@code longitude}: the point; the region comes from it.</li>
 * <li>{@code source}: the reports, one per name between semicolons; {@code notes}: the sentence cited;
 * {@code fatalities} above 0: a "killed" claim by each report.</li>
 * </ul>
 */
final class AcledRows {

    static final String PREFIX = "acled-";
    static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "time_precision", "geo_precision",
            "location", "latitude", "longitude", "source", "notes", "fatalities");
    private static final List<DateSpelling> DATES = List.of(DateSpelling.ISO, DateSpelling.MONTH_NAME,
            DateSpelling.DASHED, DateSpelling.DAY_FIRST);
    private static final int HALF_WEEK = 3;

    private AcledRows() {
    }

    /** Whether a header is ACLED's: it has every column above. */
    static boolean isAcled(List<String> header) {
        Header names = new Header(header);
        return COLUMNS.stream().allMatch(names::has);
    }

    static void read(CsvRecords records, RowSink sink) {
        CsvRecords.Record first = records.next();
        if (first == null) {
            throw new DatasetException(sink.file(), 1, "the file is empty");
        }
        Header header = new Header(first.fields());
        List<String> missing = COLUMNS.stream().filter(column -> !header.has(column)).toList();
        if (!missing.isEmpty()) {
            throw new DatasetException(sink.file(), first.line(), "not an ACLED export: the header lacks "
                    + String.join(", ", missing));
        }
        for (CsvRecords.Record record = records.next(); record != null; record = records.next()) {
            try {
                sink.row(row(header, record));
            } catch (IllegalArgumentException problem) {
                sink.problem(record.line(), problem.getMessage());
            }
        }
    }

    private static ImportedRow row(Header header, CsvRecords.Record record) {
        String misfit = header.misfit(record);
        if (misfit != null) {
            throw new IllegalArgumentException(misfit);
        }
        String id = Cells.id(PREFIX, header.cell(record, "event_id_cnty"));
        if (id == null) {
            throw new IllegalArgumentException("event_id_cnty is empty");
        }
        ReportedDate date = date(header.cell(record, "event_date"), header.cell(record, "time_precision"));
        LocationPrecision precision = switch (strip(header.cell(record, "geo_precision"))) {
            case "1", "2" -> LocationPrecision.TOWN;
            case "3" -> LocationPrecision.REGION;
            default -> throw new IllegalArgumentException("geo_precision '" + Cells.shown(header.cell(record, "geo_precision"))
                    + "' is not 1, 2 or 3");
        };
        GeoPoint point = Cells.point(header.cell(record, "latitude"), header.cell(record, "longitude"));
        if (point == null) {
            throw new IllegalArgumentException("latitude and longitude are empty");
        }
        String place = Cells.blankToNull(header.cell(record, "location"));
        if (place == null) {
            place = Cells.blankToNull(header.cell(record, "admin1"));
        }
        if (place == null) {
            throw new IllegalArgumentException("location is empty");
        }
        List<ImportedRow.Named> sources = Arrays.stream(strip(header.cell(record, "source")).split(";"))
                .map(String::strip).filter(name -> !name.isEmpty()).distinct()
                .map(name -> new ImportedRow.Named(name, null)).toList();
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("source is empty: every strike is traced to a report");
        }
        String notes = Cells.blankToNull(header.cell(record, "notes"));
        Integer killed = Cells.count("fatalities", header.cell(record, "fatalities"));
        return new ImportedRow(record.line(), id,
                new ImportedRow.Where(place, null, point, precision), date,
                new ImportedRow.Report(notes != null ? notes : header.asText(record), null, sources,
                        killed == null || killed == 0 ? null : killed));
    }

    private static ReportedDate date(String eventDate, String timePrecision) {
        String value = strip(eventDate);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("event_date is empty");
        }
        DateSpelling spelling = DATES.stream().filter(candidate -> candidate.reads(value)).findFirst()
                .orElseGet(() -> DATES.stream().filter(candidate -> matchesShape(candidate, value)).findFirst()
                        .orElse(DateSpelling.ISO));
        ReportedDate day = spelling.read(value);
        return switch (strip(timePrecision)) {
            case "1" -> day;
            case "2" -> new ReportedDate(day.from().minusDays(HALF_WEEK), day.from().plusDays(HALF_WEEK), DatePrecision.PERIOD);
            case "3" -> new ReportedDate(day.from().withDayOfMonth(1),
                    day.from().withDayOfMonth(day.from().lengthOfMonth()), DatePrecision.MONTH);
            default -> throw new IllegalArgumentException("time_precision '" + Cells.shown(strip(timePrecision))
                    + "' is not 1, 2 or 3");
        };
    }

    /** A spelling whose shape the value has, though it fails (a year 0): its reason is the one to give. */
    private static boolean matchesShape(DateSpelling spelling, String value) {
        try {
            spelling.read(value);
            return true;
        } catch (IllegalArgumentException e) {
            return !e.getMessage().contains("is not spelled");
        }
    }

    private static String strip(String cell) {
        return cell == null ? "" : cell.strip();
    }
}
