package org.strikemap.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strikemap.geo.GeoPoint;
import org.strikemap.ingest.DatasetException;
import org.strikemap.strike.DatePrecision;
import org.strikemap.strike.LocationPrecision;
import org.strikemap.strike.ReportedDate;

/** ACLED's export, row by row: its precision codes become our spans and precisions, its sources our reports. */
class AcledRowsTest {

    static RowSink read(String text) {
        ImportCaps caps = ImportCaps.defaults();
        RowSink sink = new RowSink("acled.csv", caps.maxRows(), rows -> { });
        AcledRows.read(new CsvRecords(new StrictText(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "acled.csv", caps.maxBytes(), bytes -> { }), "acled.csv", caps), sink);
        return sink;
    }

    @Test
    void timePrecisionIsADayAWeekAroundTheDateOrItsMonth() {
        RowSink sink = read(Acled.file(
                Acled.row("UKR1", "2023-03-15", 1, 1, "Kharkiv", 49.99, 36.23, "Suspilne", "A strike.", 0),
                Acled.row("UKR2", "2023-03-15", 2, 1, "Kharkiv", 49.99, 36.23, "Suspilne", "A strike.", 0),
                Acled.row("UKR3", "2023-03-15", 3, 1, "Kharkiv", 49.99, 36.23, "Suspilne", "A strike.", 0)));
        assertThat(sink.problems()).isEmpty();
        assertThat(sink.rows()).extracting(ImportedRow::date).containsExactly(
                new ReportedDate(LocalDate.of(2023, 3, 15), LocalDate.of(2023, 3, 15), DatePrecision.DAY),
                new ReportedDate(LocalDate.of(2023, 3, 12), LocalDate.of(2023, 3, 18), DatePrecision.PERIOD),
                new ReportedDate(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31), DatePrecision.MONTH));
    }

    @Test
    void geoPrecisionIsATownNearATownOrTheRegionOnly() {
        RowSink sink = read(Acled.file(
                Acled.row("UKR1", "2023-03-15", 1, 1, "Kharkiv", 49.99, 36.23, "Suspilne", "A.", 0),
                Acled.row("UKR2", "2023-03-15", 1, 2, "Near Kharkiv", 49.9, 36.3, "Suspilne", "B.", 0),
                Acled.row("UKR3", "2023-03-15", 1, 3, "Kharkiv region", 49.6, 36.5, "Suspilne", "C.", 0)));
        assertThat(sink.rows()).extracting(row -> row.where().precision())
                .containsExactly(LocationPrecision.TOWN, LocationPrecision.TOWN, LocationPrecision.REGION);
        assertThat(sink.rows().get(1).where().place()).as("the place as given").isEqualTo("Near Kharkiv");
        assertThat(sink.rows().get(1).where().point()).isEqualTo(new GeoPoint(49.9, 36.3));
        assertThat(sink.rows().get(1).where().region()).as("the region comes from the point").isNull();
    }

    @Test
    void sourcesAreOneReportEachAndFatalitiesAToll() {
        RowSink sink = read(Acled.file(
                Acled.row("UKR7", "15 March 2023", 1, 1, "Kharkiv", 49.99, 36.23, "Suspilne; Ukrinform;Suspilne",
                        "On 15 March 2023, a missile hit Kharkiv.", 3)));
        ImportedRow row = sink.rows().getFirst();
        assertThat(row.id()).isEqualTo("acled-UKR7");
        assertThat(row.report().sources()).extracting(ImportedRow.Named::name).containsExactly("Suspilne", "Ukrinform");
        assertThat(row.report().killed()).isEqualTo(3);
        assertThat(row.report().quote()).isEqualTo("On 15 March 2023, a missile hit Kharkiv.");
        assertThat(row.date().from()).isEqualTo(LocalDate.of(2023, 3, 15));
    }

    @Test
    void aBadRowIsAProblemWithItsLineAndTheOthersAreRead() {
        RowSink sink = read(Acled.file(
                Acled.row("UKR1", "2023-03-15", 4, 1, "Kharkiv", 49.99, 36.23, "Suspilne", "A.", 0),
                Acled.row("UKR2", "0000-03-15", 1, 1, "Kharkiv", 49.99, 36.23, "Suspilne", "B.", 0),
                Acled.row("UKR3", "2023-03-15", 1, 1, "Kharkiv", 91.5, 36.23, "Suspilne", "C.", 0),
                Acled.row("UKR4", "2023-03-15", 1, 1, "Kharkiv", 49.99, 36.23, "", "D.", 0),
                Acled.row("UKR5", "2023-03-15", 1, 1, "Kharkiv", 49.99, 36.23, "Suspilne", "E.", 1)));
        assertThat(sink.problems()).extracting(RowSink.Problem::toString).containsExactly(
                "acled.csv:2: time_precision '4' is not 1, 2 or 3",
                "acled.csv:3: date '0000-03-15': the year 0 is outside 1900–2100",
                "acled.csv:4: latitude 91.5 is outside -90..90",
                "acled.csv:5: source is empty: every strike is traced to a report");
        assertThat(sink.rows()).extracting(ImportedRow::id).containsExactly("acled-UKR5");
    }

    @Test
    void aFileWithoutAcledsColumnsIsNotAnAcledExport() {
        assertThatThrownBy(() -> read("event_id_cnty,event_date\nUKR1,2023-01-01\n")).isInstanceOf(DatasetException.class)
                .hasMessageStartingWith("acled.csv:1: not an ACLED export: the header lacks time_precision, geo_precision");
        assertThat(AcledRows.isAcled(List.of(Acled.HEADER.split(",")))).isTrue();
    }
}
