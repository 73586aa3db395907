package org.strikemap.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.strikemap.strike.DatePrecision;
import org.strikemap.strike.ReportedDate;

/** The map's window of days, with its values written out (the time rule's cases are in rules/time-rule.json). */
class TimeWindowTest {

    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
    private static final LocalDate JAN_14 = LocalDate.of(2024, 1, 14);

    @Test
    void upToADayHasNoStart() {
        TimeWindow window = TimeWindow.upTo(JAN_14);
        assertTrue(window.cumulative());
        assertEquals(null, window.from());
        assertEquals("2024-01-14", window.time());
    }

    @Test
    void aWindowIsWrittenAsAnIsoInterval() {
        TimeWindow window = TimeWindow.between(JAN_1, JAN_14);
        assertFalse(window.cumulative());
        assertEquals("2024-01-01/2024-01-14", window.time());
        assertEquals("2024-01-01/", new TimeWindow(JAN_1, null).time(), "an open end is left empty");
        assertEquals("", TimeWindow.ALL_TIME.time(), "all of time");
        assertTrue(TimeWindow.ALL_TIME.cumulative());
    }

    @Test
    void aReversedWindowIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimeWindow.between(JAN_14, JAN_1));
        assertEquals("the window starts 2024-01-14, after its end 2024-01-01", e.getMessage());
        assertThrows(NullPointerException.class, () -> TimeWindow.upTo(null));
        assertThrows(NullPointerException.class, () -> TimeWindow.between(JAN_1, null));
    }

    @Test
    void aReportedDateIsJudgedByItsSpan() {
        ReportedDate january = new ReportedDate(JAN_1, LocalDate.of(2024, 1, 31), DatePrecision.MONTH);
        assertEquals(DayState.POSSIBLE, TimeWindow.upTo(JAN_14).stateOf(january));
        assertEquals(DayState.RECORD, TimeWindow.upTo(LocalDate.of(2024, 1, 31)).stateOf(january));
        assertEquals(DayState.NONE, TimeWindow.upTo(LocalDate.of(2023, 12, 31)).stateOf(january));
        ReportedDate unknown = new ReportedDate(JAN_1, null, DatePrecision.UNKNOWN);
        assertEquals(DayState.POSSIBLE, TimeWindow.between(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 1)).stateOf(unknown));
    }
}
