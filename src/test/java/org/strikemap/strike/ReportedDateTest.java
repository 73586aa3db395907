package org.strikemap.strike;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A reported date keeps strikes.csv's conventions; what it is on a day is the map's time rule (map.TimeWindow). */
class ReportedDateTest {

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
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
    void anEditorsDayBecomesTheSpanItsPrecisionMeans() {
        assertEquals(new ReportedDate(d("2024-01-02"), d("2024-01-02"), DatePrecision.DAY),
                ReportedDate.of(DatePrecision.DAY, d("2024-01-02"), d("2024-03-09")));
        assertEquals(new ReportedDate(d("2024-02-01"), d("2024-02-29"), DatePrecision.MONTH),
                ReportedDate.of(DatePrecision.MONTH, d("2024-02-17"), null));
        assertEquals(new ReportedDate(d("2023-12-21"), d("2023-12-31"), DatePrecision.LATE_MONTH),
                ReportedDate.of(DatePrecision.LATE_MONTH, d("2023-12-03"), null));
        assertEquals(new ReportedDate(d("2023-12-30"), d("2024-02-07"), DatePrecision.PERIOD),
                ReportedDate.of(DatePrecision.PERIOD, d("2023-12-30"), d("2024-02-07")));
        assertEquals(new ReportedDate(d("2024-01-01"), null, DatePrecision.UNKNOWN),
                ReportedDate.of(DatePrecision.UNKNOWN, d("2024-01-01"), d("2024-01-05")));
        assertThrows(IllegalArgumentException.class, () -> ReportedDate.of(DatePrecision.PERIOD, d("2024-01-05"), null));
        assertThrows(IllegalArgumentException.class, () -> ReportedDate.of(DatePrecision.PERIOD, d("2024-01-05"), d("2024-01-01")));
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
