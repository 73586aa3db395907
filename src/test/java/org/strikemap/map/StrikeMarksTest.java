package org.strikemap.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.strikemap.leaflet.MarkerSymbol;
import org.strikemap.strike.DatePrecision;
import org.strikemap.strike.LocationPrecision;
import org.strikemap.strike.ReportedDate;
import org.strikemap.strike.StrikeStatus;

/** How a strike is drawn, with the values written out. */
class StrikeMarksTest {

    @Test
    void theShapeSaysWhatKindOfPlaceItIs() {
        assertEquals(MarkerSymbol.DOT, StrikeMarks.symbolOf(StrikeStatus.REPORTED, LocationPrecision.SITE));
        assertEquals(MarkerSymbol.DOT, StrikeMarks.symbolOf(StrikeStatus.REPORTED, LocationPrecision.TOWN));
        assertEquals(MarkerSymbol.RING, StrikeMarks.symbolOf(StrikeStatus.REPORTED, LocationPrecision.REGION));
        assertEquals(MarkerSymbol.DIAMOND, StrikeMarks.symbolOf(StrikeStatus.UNDER_INVESTIGATION, LocationPrecision.TOWN));
        assertEquals(MarkerSymbol.DIAMOND, StrikeMarks.symbolOf(StrikeStatus.UNDER_INVESTIGATION, LocationPrecision.REGION));
    }

    @Test
    void onlyADateToTheDayIsDrawnFull() {
        assertFalse(StrikeMarks.faded(DatePrecision.DAY));
        assertTrue(StrikeMarks.faded(DatePrecision.MONTH));
        assertTrue(StrikeMarks.faded(DatePrecision.LATE_MONTH));
        assertTrue(StrikeMarks.faded(DatePrecision.PERIOD));
        assertTrue(StrikeMarks.faded(DatePrecision.UNKNOWN));
    }

    @Test
    void aMarkShowsFromItsFirstDayAndIsOnRecordFromItsLast() {
        ReportedDate month = new ReportedDate(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31), DatePrecision.MONTH);
        assertEquals(LocalDate.of(2024, 1, 1), StrikeMarks.visibleFrom(month));
        assertEquals(LocalDate.of(2024, 1, 31), StrikeMarks.onRecordFrom(month));
        ReportedDate open = new ReportedDate(LocalDate.of(2023, 12, 30), null, DatePrecision.UNKNOWN);
        assertEquals(LocalDate.of(2023, 12, 30), StrikeMarks.visibleFrom(open));
        assertNull(StrikeMarks.onRecordFrom(open), "no known end: never on record");
    }

    @Test
    void onlyReportedAttacksAreCounted() {
        assertTrue(StrikeMarks.counted(StrikeStatus.REPORTED));
        assertFalse(StrikeMarks.counted(StrikeStatus.UNDER_INVESTIGATION));
    }
}
