package org.strikemap.strike;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikemap.ingest.TestDatabase;
import org.strikemap.geo.GeoPoint;
import org.strikemap.i18n.Text;
import org.strikemap.source.Citation;

class StrikeServiceTest {

    @TempDir
    Path temp;

    Strikes strikes;

    @BeforeEach
    void setUp() {
        TestDatabase db = TestDatabase.create();
        db.load(TestDatabase.copyFixture(temp));
        strikes = db.read("data").strikes();
    }

    @Test
    void keepsFileOrderAndEveryFieldAsWritten() {
        assertEquals(List.of("kharkiv-day", "kyiv-month", "zaporizhzhia-late", "bucha-crater"),
                strikes.all().stream().map(Strike::id).toList());
        Strike kharkiv = strikes.find("kharkiv-day").orElseThrow();
        assertEquals(new Location(new Text(java.util.Map.of("en", "Central Kharkiv")), "UA-63",
                new GeoPoint(49.9935, 36.2304), LocationPrecision.TOWN), kharkiv.location());
        assertEquals(new ReportedDate(LocalDate.parse("2024-01-02"), LocalDate.parse("2024-01-02"), DatePrecision.DAY),
                kharkiv.date());
        assertEquals(new Citation("002", "The strike on Kharkiv on Jan. 2."), kharkiv.citation());
        assertNull(kharkiv.note());
        assertEquals("A note.", strikes.find("kyiv-month").orElseThrow().note().words());
        assertEquals(StrikeStatus.UNDER_INVESTIGATION, strikes.find("bucha-crater").orElseThrow().status());
    }

    @Test
    void countsTheReportedStrikesAsLocatedAttacks() {
        assertEquals(3, strikes.locatedAttackCount(), "the Bucha crater is under investigation");
    }
}
