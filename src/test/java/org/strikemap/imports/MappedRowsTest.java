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
import org.strikemap.strike.LocationPrecision;

/** A newsroom's spreadsheet through a column mapping: its dates, its coordinates in one cell or two, its gaps. */
class MappedRowsTest {

    static final String SHEET = """
            No.;Date;Town;Oblast;Coordinates;Link;What happened
            1;02/01/2022;Kharkiv;;49.99, 36.23;https://www.example.org/a;"A strike,
            on two lines."
            2;;Kyiv;;50.45 30.52;;
            3;4.1.2022;;Poltava Oblast;;Local channel;Somewhere in the region.
            4;05/01/2022;Nowhere;;;;No place at all.
            """;

    static RowSink read(String text, ColumnMapping mapping) {
        ImportCaps caps = ImportCaps.defaults();
        RowSink sink = new RowSink("sheet.csv", caps.maxRows(), rows -> { });
        MappedRows.read(new CsvRecords(new StrictText(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "sheet.csv", caps.maxBytes(), bytes -> { }), "sheet.csv", caps), mapping, sink, "sheet.csv");
        return sink;
    }

    static ColumnMapping mapping(DateSpelling spelling) {
        return new ColumnMapping(new ColumnMapping.When("Date", spelling),
                new ColumnMapping.Where(null, null, "Coordinates", "Town", "Oblast"),
                new ColumnMapping.What("No.", "Link", "What happened"));
    }

    @Test
    void eachRowIsReadThroughTheMapping() {
        RowSink sink = read(SHEET, mapping(DateSpelling.DAY_FIRST));
        assertThat(sink.rows()).extracting(ImportedRow::id).containsExactly("csv-1", "csv-2");
        ImportedRow first = sink.rows().getFirst();
        assertThat(first.date().from()).isEqualTo(LocalDate.of(2022, 1, 2));
        assertThat(first.where().point()).isEqualTo(new GeoPoint(49.99, 36.23));
        assertThat(first.report().quote()).isEqualTo("A strike,\non two lines.");
        assertThat(first.report().sources()).containsExactly(new ImportedRow.Named("example.org", "https://www.example.org/a"));
        ImportedRow second = sink.rows().get(1);
        assertThat(second.date()).as("an empty date").isNull();
        assertThat(second.report().sources()).as("no link: the file is the report")
                .containsExactly(new ImportedRow.Named("sheet.csv", null));
        assertThat(second.report().quote()).as("no description: the row as given").isEqualTo("No.: 2; Town: Kyiv; Coordinates: 50.45 30.52");
        assertThat(sink.problems()).extracting(RowSink.Problem::toString).containsExactly(
                "sheet.csv:5: date '4.1.2022' is not spelled dd/mm/yyyy",
                "sheet.csv:6: no coordinates and no region: the row cannot be placed");
    }

    @Test
    void aRowWithOnlyARegionIsPlacedByIt() {
        RowSink sink = read(SHEET.replace("4.1.2022", "04/01/2022"), mapping(DateSpelling.DAY_FIRST));
        ImportedRow region = sink.rows().get(2);
        assertThat(region.where().point()).isNull();
        assertThat(region.where().region()).isEqualTo("Poltava Oblast");
        assertThat(region.where().precision()).isEqualTo(LocationPrecision.REGION);
    }

    @Test
    void aMappingThatDoesNotFitTheFileIsRefusedBeforeAnyRow() {
        ColumnMapping wrong = new ColumnMapping(new ColumnMapping.When("When", DateSpelling.ISO),
                new ColumnMapping.Where("Lat", null, null, null, null), new ColumnMapping.What(null, null, null));
        assertThatThrownBy(() -> read(SHEET, wrong)).isInstanceOf(DatasetException.class).hasMessage(
                "sheet.csv:1: the mapping does not fit: the date column 'When' is not in the file's header; the latitude"
                        + " column 'Lat' is not in the file's header; a latitude needs a longitude column, and the other way round");
    }

    @Test
    void aMappingTravelsAsJsonAndIsGuessedFromTheHeader() {
        ColumnMapping mapping = mapping(DateSpelling.DOTTED);
        assertThat(ColumnMapping.fromJson(mapping.toJson())).isEqualTo(mapping);
        assertThatThrownBy(() -> ColumnMapping.fromJson("{\"dateFormat\": \"yy\"}"))
                .hasMessageStartingWith("dateFormat 'yy' is not one of yyyy-mm-dd, dd/mm/yyyy");
        ColumnMapping guess = ColumnMapping.guess(List.of("No.", "Date", "Town", "Oblast", "Coordinates", "Link", "What happened"),
                List.of(List.of("1", "2.1.2022"), List.of("2", "15.1.2022")));
        assertThat(guess.when()).isEqualTo(new ColumnMapping.When("Date", DateSpelling.DOTTED));
        assertThat(guess.where()).isEqualTo(new ColumnMapping.Where(null, null, "Coordinates", "Town", "Oblast"));
        assertThat(guess.what().link()).isEqualTo("Link");
    }
}
