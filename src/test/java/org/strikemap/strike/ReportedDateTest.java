package org.strikemap.strike;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportedDateTest {

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static final ReportedDate DAY = new ReportedDate(d("2024-01-02"), d("2024-01-02"), DatePrecision.DAY);
    static final ReportedDate MONTH = new ReportedDate(d("2024-01-01"), d("2024-01-31"), DatePrecision.MONTH);
    static final ReportedDate LATE = new ReportedDate(d("2023-12-21"), d("2023-12-31"), DatePrecision.LATE_MONTH);
    static final ReportedDate PERIOD = new ReportedDate(d("2023-12-30"), d("2024-02-07"), DatePrecision.PERIOD);
    static final ReportedDate UNKNOWN = new ReportedDate(d("2023-12-30"), null, DatePrecision.UNKNOWN);

    @Test
    void overlapsTreatsNullAsOpen() {
        assertTrue(DAY.overlaps(null, null));
        assertTrue(DAY.overlaps(d("2024-01-02"), d("2024-01-02")));
        assertFalse(DAY.overlaps(d("2024-01-03"), null));
        assertFalse(DAY.overlaps(null, d("2024-01-01")));
        assertTrue(MONTH.overlaps(d("2023-12-01"), d("2024-01-01")));
        assertTrue(UNKNOWN.overlaps(d("2030-01-01"), null), "an open end may still come later");
        assertFalse(UNKNOWN.overlaps(null, d("2023-12-29")));
        assertFalse(LATE.overlaps(d("2024-01-01"), d("2024-01-31")));
    }

    @Test
    void onRecordByComparesTheEndAndAnUnknownEndNeverComes() {
        assertTrue(DAY.onRecordBy(d("2024-01-02")), "a day's date is on record that day");
        assertFalse(DAY.onRecordBy(d("2024-01-01")));
        assertFalse(MONTH.onRecordBy(d("2024-01-30")), "a month is only possible until its last day");
        assertTrue(MONTH.onRecordBy(d("2024-01-31")));
        assertFalse(PERIOD.onRecordBy(d("2024-02-06")));
        assertTrue(PERIOD.onRecordBy(d("2024-02-07")));
        assertFalse(UNKNOWN.onRecordBy(d("2099-01-01")));
    }

    @Test
    void possibleByComparesTheStart() {
        assertTrue(PERIOD.possibleBy(d("2023-12-30")));
        assertFalse(PERIOD.possibleBy(d("2023-12-29")));
        assertTrue(UNKNOWN.possibleBy(d("2024-06-01")));
    }

    @Test
    void rejectsDatesThatContradictTheirPrecision() {
        assertThrows(IllegalArgumentException.class, () -> new ReportedDate(d("2024-01-02"), d("2024-01-03"), DatePrecision.DAY));
        assertThrows(IllegalArgumentException.class, () -> new ReportedDate(d("2024-02-01"), d("2024-02-28"), DatePrecision.MONTH));
        assertThrows(IllegalArgumentException.class, () -> new ReportedDate(d("2024-01-01"), d("2024-02-29"), DatePrecision.MONTH));
        assertThrows(IllegalArgumentException.class, () -> new ReportedDate(d("2023-12-20"), d("2023-12-31"), DatePrecision.LATE_MONTH));
        assertThrows(IllegalArgumentException.class, () -> new ReportedDate(d("2024-01-01"), null, DatePrecision.PERIOD));
        assertThrows(IllegalArgumentException.class, () -> new ReportedDate(d("2024-01-01"), d("2024-01-05"), DatePrecision.UNKNOWN));
        assertThrows(IllegalArgumentException.class, () -> new ReportedDate(d("2024-01-05"), d("2024-01-01"), DatePrecision.PERIOD));
        new ReportedDate(d("2024-02-01"), d("2024-02-29"), DatePrecision.MONTH);
    }

    @Test
    void codesRoundTrip() {
        for (DatePrecision precision : DatePrecision.values()) {
            assertEquals(precision, DatePrecision.fromCode(precision.code()));
        }
        assertEquals(DatePrecision.LATE_MONTH, DatePrecision.fromCode("late-month"));
        assertEquals(StrikeStatus.UNDER_INVESTIGATION, StrikeStatus.fromCode("under-investigation"));
        assertEquals(LocationPrecision.REGION, LocationPrecision.fromCode("region"));
        assertThrows(IllegalArgumentException.class, () -> StrikeStatus.fromCode("REPORTED"));
    }
}
