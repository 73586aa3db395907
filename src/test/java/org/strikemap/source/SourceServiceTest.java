package org.strikemap.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikemap.ingest.TestDatabase;

class SourceServiceTest {

    @TempDir
    Path temp;

    @Test
    void overviewIsBuiltFromTheDatasetClaimsAndReportedStrikes() {
        TestDatabase db = TestDatabase.create();
        db.load(TestDatabase.copyFixture(temp));
        Sources sources = db.read("data").sources();

        DatasetOverview overview = sources.overview();
        assertEquals(12, overview.attacksReportedAtLeast());
        // The period is the window the attack count is claimed for, not the span of the strikes' own dates.
        assertEquals(LocalDate.parse("2023-12-30"), overview.periodFrom());
        assertEquals(LocalDate.parse("2024-02-07"), overview.periodTo());
        assertEquals(List.of("c-attacks", "c-regions", "c-window", "c-range"), overview.claims().stream().map(Claim::id).toList());
        assertEquals(List.of("000", "001", "002"), sources.all().stream().map(Source::id).toList());
        assertEquals("Headline with a comma, and \"quotes\"", sources.find("000").orElseThrow().headline());
        assertNull(sources.find("001").orElseThrow().headline());
        assertTrue(sources.find("999").isEmpty());
        assertEquals(List.of("c-kharkiv-killed-002", "c-kharkiv-injured-001"),
                sources.claimsAbout("kharkiv-day").stream().map(Claim::id).toList());
    }

    @Test
    void outletsAreListedOnceInFileOrder() {
        TestDatabase db = TestDatabase.create();
        db.load(TestDatabase.copyFixture(temp));
        Sources sources = db.read("data").sources();
        List<String> expected = sources.all().stream().map(Source::outlet).distinct().toList();
        assertEquals(expected, sources.outlets());
        assertEquals("Fixture Wire", sources.outlets().getFirst());
    }

    @Test
    void aStrikeCitesItsOwnReportAndTheReportsOfItsClaimsEachOnceInIdOrder() {
        TestDatabase db = TestDatabase.create();
        db.load(TestDatabase.copyFixture(temp));
        Sources sources = db.read("data").sources();
        // The row cites 002, its claims 002 and 001.
        assertEquals(List.of("001", "002"), sources.citedAbout("kharkiv-day", "002").stream().map(Source::id).toList());
    }

    @Test
    void noReportsGiveAnEmptyOverview() {
        Sources sources = Sources.of(List.of(), List.of(), null, null);
        assertEquals(0, sources.overview().attacksReportedAtLeast());
        assertTrue(sources.all().isEmpty());
    }
}
