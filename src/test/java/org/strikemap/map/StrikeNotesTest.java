package org.strikemap.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.strikemap.i18n.Messages;
import org.strikemap.strike.DatePrecision;
import org.strikemap.strike.ReportedDate;

/** The one wording of a reported date, in English. */
class StrikeNotesTest {

    private static final Messages EN = Messages.english();

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static final ReportedDate DAY = new ReportedDate(d("2024-01-02"), d("2024-01-02"), DatePrecision.DAY);
    static final ReportedDate MONTH = new ReportedDate(d("2024-01-01"), d("2024-01-31"), DatePrecision.MONTH);
    static final ReportedDate LATE = new ReportedDate(d("2023-12-21"), d("2023-12-31"), DatePrecision.LATE_MONTH);
    static final ReportedDate PERIOD = new ReportedDate(d("2023-12-30"), d("2024-02-07"), DatePrecision.PERIOD);
    static final ReportedDate UNKNOWN = new ReportedDate(d("2023-12-30"), null, DatePrecision.UNKNOWN);

    @Test
    void labelsReadAsEnglish() {
        assertEquals("2 January 2024", StrikeNotes.dateLabel(DAY, EN));
        assertEquals("January 2024", StrikeNotes.dateLabel(MONTH, EN));
        assertEquals("late December 2023", StrikeNotes.dateLabel(LATE, EN));
        assertEquals("between 30 Dec 2023 and 7 Feb 2024", StrikeNotes.dateLabel(PERIOD, EN));
        assertEquals("date unknown (on or after 30 Dec 2023)", StrikeNotes.dateLabel(UNKNOWN, EN));
    }
}
