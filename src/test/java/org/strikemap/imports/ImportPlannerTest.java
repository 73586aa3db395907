package org.strikemap.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.geo.GeoPoint;
import org.strikemap.ingest.MapReader;
import org.strikemap.source.Claim;
import org.strikemap.strike.DatePrecision;
import org.strikemap.strike.LocationPrecision;
import org.strikemap.strike.Strike;
import org.strikemap.testing.TestDatabase;

/**
 * Rows meeting the seed map (Ukraine's regions): the region from the point, rows outside the area listed and left
 * out, likely duplicates of the map's strikes flagged, reports and tolls as records, and a newer ACLED export
 * updating its strikes and removing those it lacks.
 */
class ImportPlannerTest {

    static LoadedDataset seed;

    @BeforeAll
    static void seedMap() {
        seed = MapReader.folders(TestDatabase.seedMap(), TestDatabase.boundaries()).getFirst();
    }

    static ImportPlan acled(LoadedDataset draft, String... rows) {
        ImportCaps caps = ImportCaps.defaults();
        RowSink sink = new RowSink("acled.csv", caps.maxRows(), read -> { });
        AcledRows.read(new CsvRecords(new StrictText(new ByteArrayInputStream(Acled.file(rows).getBytes(StandardCharsets.UTF_8)),
                "acled.csv", caps.maxBytes(), bytes -> { }), "acled.csv", caps), sink);
        return ImportPlanner.plan(draft, ImportFormat.ACLED, "acled.csv", sink);
    }

    @Test
    void aRowGetsItsRegionFromItsPointAndItsReportsAndToll() {
        ImportPlan plan = acled(seed,
                Acled.row("UKR1", "2024-01-02", 1, 1, "Kharkiv", 49.99, 36.23, "Suspilne; Ukrinform", "A missile hit Kharkiv.", 2),
                Acled.row("UKR2", "2024-01-03", 3, 3, "Kyiv city", 50.45, 30.52, "Suspilne", "Kyiv was struck.", 0));
        ImportPreview preview = plan.preview();
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.counts()).isEqualTo(new ImportPreview.Counts(2, 2, 0, 0, 0, 2, 2));
        Strike kharkiv = plan.content().strikes().find("acled-UKR1").orElseThrow();
        assertThat(kharkiv.location().region()).isEqualTo("UA-63");
        assertThat(kharkiv.location().place().words()).isEqualTo("Kharkiv");
        Strike kyiv = plan.content().strikes().find("acled-UKR2").orElseThrow();
        assertThat(kyiv.location().region()).isEqualTo("UA-30");
        assertThat(kyiv.location().precision()).isEqualTo(LocationPrecision.REGION);
        assertThat(kyiv.date().precision()).isEqualTo(DatePrecision.MONTH);
        List<Claim> killed = plan.content().sources().claimsAbout("acled-UKR1");
        assertThat(killed).extracting(Claim::kind, Claim::text, Claim::by)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("killed", "2 killed", "Suspilne"),
                        org.assertj.core.groups.Tuple.tuple("killed", "2 killed", "Ukrinform"));
        assertThat(plan.content().sources().find(kharkiv.sourceId()).orElseThrow().outlet()).isEqualTo("Suspilne");
        assertThat(plan.content().strikes().all()).as("the map's own strikes stay, in their order, the new ones last")
                .startsWith(seed.strikes().all().toArray(Strike[]::new));
    }

    @Test
    void rowsOutsideTheAreaAreListedAndLeftOut() {
        ImportPlan plan = acled(seed,
                Acled.row("POL1", "2024-01-02", 1, 1, "Warsaw", 52.23, 21.01, "TVN", "Not in Ukraine.", 0),
                Acled.row("UKR1", "2024-01-02", 1, 1, "Kharkiv", 49.99, 36.23, "Suspilne", "In Ukraine.", 0));
        assertThat(plan.preview().outside()).containsExactly(new ImportPreview.Outside("acled.csv:2", "Warsaw",
                new GeoPoint(52.23, 21.01)));
        assertThat(plan.content().strikes().find("acled-POL1")).isEmpty();
        assertThat(plan.preview().importable()).isTrue();
    }

    @Test
    void aStrikeLikeOneOfTheMapsIsALikelyDuplicate() {
        Strike kharkiv = seed.strikes().find("kharkiv-2024-01-02").orElseThrow();
        String outlet = seed.sources().find(kharkiv.sourceId()).orElseThrow().outlet();
        ImportPlan plan = acled(seed,
                Acled.row("UKR9", "2024-01-02", 1, 1, "Central Kharkiv", 49.995, 36.231, outlet, "The same strike.", 0),
                Acled.row("UKR10", "2024-01-02", 1, 1, "Central Kharkiv", 49.995, 36.231, "Other outlet", "Another report.", 0));
        assertThat(plan.preview().duplicates()).containsExactly(
                new ImportPreview.Duplicate("acled.csv:2", "acled-UKR9", "kharkiv-2024-01-02"));
    }

    @Test
    void aNewerExportUpdatesItsStrikesAndRemovesThoseItLacks() {
        LoadedDataset first = acled(seed,
                Acled.row("UKR1", "2024-01-02", 1, 1, "Kharkiv", 49.99, 36.23, "Suspilne", "First.", 1),
                Acled.row("UKR2", "2024-01-03", 1, 1, "Kyiv", 50.45, 30.52, "Suspilne", "Second.", 0),
                Acled.row("UKR3", "2024-01-04", 1, 1, "Poltava", 49.59, 34.55, "Suspilne", "Third.", 0)).content();
        ImportPlan newer = acled(first,
                Acled.row("UKR1", "2024-01-02", 1, 1, "Kharkiv", 49.99, 36.23, "Suspilne", "First.", 4),
                Acled.row("UKR2", "2024-01-03", 1, 1, "Kyiv", 50.45, 30.52, "Suspilne", "Second.", 0),
                Acled.row("UKR4", "2024-01-05", 1, 1, "Dnipro", 48.46, 35.05, "Suspilne", "Fourth.", 0));
        assertThat(newer.preview().counts()).isEqualTo(new ImportPreview.Counts(3, 1, 0, 2, 1, 0, 1));
        assertThat(newer.content().strikes().find("acled-UKR3")).as("gone from the newer export").isEmpty();
        assertThat(newer.content().sources().claimsAbout("acled-UKR1")).singleElement()
                .satisfies(claim -> assertThat(claim.value().exact()).isEqualTo("4"));
        assertThat(newer.content().strikes().find("kharkiv-2024-01-02")).as("the map's own strikes are not ACLED's").isPresent();
    }

    @Test
    void anEmptyDateIsNotKnownFromTheFilesFirstDay() {
        ImportCaps caps = ImportCaps.defaults();
        RowSink sink = new RowSink("sheet.csv", caps.maxRows(), read -> { });
        MappedRows.read(new CsvRecords(new StrictText(new ByteArrayInputStream(MappedRowsTest.SHEET.replace("4.1.2022", "04/01/2022")
                .getBytes(StandardCharsets.UTF_8)), "sheet.csv", caps.maxBytes(), bytes -> { }), "sheet.csv", caps),
                MappedRowsTest.mapping(DateSpelling.DAY_FIRST), sink, "sheet.csv");
        ImportPlan plan = ImportPlanner.plan(seed, ImportFormat.CSV, "sheet.csv", sink);
        Strike kyiv = plan.content().strikes().find("csv-2").orElseThrow();
        assertThat(kyiv.date().precision()).isEqualTo(DatePrecision.UNKNOWN);
        assertThat(kyiv.date().from()).isEqualTo(LocalDate.of(2022, 1, 2));
        Strike poltava = plan.content().strikes().find("csv-3").orElseThrow();
        assertThat(poltava.location().region()).isEqualTo("UA-53");
        assertThat(poltava.location().precision()).isEqualTo(LocationPrecision.REGION);
        assertThat(plan.preview().problems()).containsExactly("sheet.csv:6: no coordinates and no region: the row cannot be placed");
        assertThat(plan.preview().importable()).isFalse();
    }

    @Test
    void aRegionTheFileNamesMustHoldThePoint() {
        String sheet = "id,date,lat,lon,region\n1,2022-01-02,49.99,36.23,UA-30\n2,2022-01-02,49.99,36.23,Atlantis\n";
        ImportCaps caps = ImportCaps.defaults();
        RowSink sink = new RowSink("s.csv", caps.maxRows(), read -> { });
        MappedRows.read(new CsvRecords(new StrictText(new ByteArrayInputStream(sheet.getBytes(StandardCharsets.UTF_8)),
                "s.csv", caps.maxBytes(), bytes -> { }), "s.csv", caps), new ColumnMapping(
                new ColumnMapping.When("date", DateSpelling.ISO), new ColumnMapping.Where("lat", "lon", null, null, "region"),
                new ColumnMapping.What("id", null, null)), sink, "s.csv");
        assertThat(ImportPlanner.plan(seed, ImportFormat.CSV, "s.csv", sink).preview().problems()).containsExactly(
                "s.csv:2: the point 49.99,36.23 lies in UA-63, not in the region the file gives (UA-30)",
                "s.csv:3: region 'Atlantis' is not a code or name of one of the map's regions");
    }

}
