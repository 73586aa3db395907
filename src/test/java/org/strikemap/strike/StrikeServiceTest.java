package org.strikemap.strike;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikemap.ingest.TestDatabase;
import org.strikemap.source.Source;
import org.strikemap.source.SourceTestSupport;

class StrikeServiceTest {

    @TempDir
    Path temp;

    Strikes strikes;

    @BeforeEach
    void setUp() {
        TestDatabase db = TestDatabase.create();
        db.load(TestDatabase.copyFixture(temp));
        strikes = StrikeTestSupport.service(db.jdbc()).read(SourceTestSupport.service(db.jdbc()).read());
    }

    @Test
    void keepsFileOrderAndAttachesClaimsAndCitedSourcesInIdOrder() {
        assertEquals(List.of("kharkiv-day", "kyiv-month", "zaporizhzhia-late", "bucha-crater"),
                strikes.all().stream().map(Strike::id).toList());
        Strike kharkiv = strikes.find("kharkiv-day").orElseThrow();
        assertEquals(List.of("c-kharkiv-killed-002", "c-kharkiv-injured-001"), kharkiv.claims().stream().map(c -> c.id()).toList());
        // The row cites 002, its claims 002 and 001: each once, in id order.
        assertEquals(List.of("001", "002"), kharkiv.sources().stream().map(Source::id).toList());
        assertEquals(new org.strikemap.geo.GeoPoint(49.9935, 36.2304), kharkiv.point());
    }

    @Test
    void countsTheReportedStrikesAsLocatedAttacks() {
        assertEquals(3, strikes.locatedAttackCount(), "the Bucha crater is under investigation");
    }
}
