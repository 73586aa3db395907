package org.strikemap.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strikemap.strike.DatePrecision;
import org.strikemap.strike.ReportedDate;

/** Dates as files spell them: each spelling read to its day (or month), impossible ones refused with the reason. */
class DateSpellingTest {

    @ParameterizedTest(name = "{1} as {0}")
    @CsvSource(delimiter = '|', value = {
            "yyyy-mm-dd|2022-01-02|2022-01-02",
            "yyyy-mm-dd|2022-1-2|2022-01-02",
            "yyyy-mm-dd|2022-01-02T10:15:00Z|2022-01-02",
            "yyyy-mm-dd|2022-01-02 23:59|2022-01-02",
            "dd/mm/yyyy|02/01/2022|2022-01-02",
            "mm/dd/yyyy|01/02/2022|2022-01-02",
            "d.m.yyyy|2.1.2022|2022-01-02",
            "d.m.yyyy|02.01.2022|2022-01-02",
            "dd-mm-yyyy|02-01-2022|2022-01-02",
            "d month yyyy|2 January 2022|2022-01-02",
            "d month yyyy|02 jan 2022|2022-01-02",
            "d month yyyy|2-Jan-2022|2022-01-02",
    })
    void eachSpellingReadsToItsDay(String label, String value, String day) {
        ReportedDate date = DateSpelling.labelled(label).orElseThrow().read(value);
        assertThat(date).isEqualTo(new ReportedDate(LocalDate.parse(day), LocalDate.parse(day), DatePrecision.DAY));
    }

    @Test
    void aYearAndMonthIsTheWholeMonth() {
        assertThat(DateSpelling.ISO.read("2024-02")).isEqualTo(new ReportedDate(LocalDate.of(2024, 2, 1),
                LocalDate.of(2024, 2, 29), DatePrecision.MONTH));
    }

    @ParameterizedTest(name = "{1} as {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "yyyy-mm-dd|0000-01-01|the year 0 is outside 1900–2100",
            "yyyy-mm-dd|99999-01-01|the year 99999 is outside 1900–2100",
            "dd/mm/yyyy|01/01/99999|the year 99999 is outside 1900–2100",
            "d.m.yyyy|1.1.0|is not spelled d.m.yyyy",
            "yyyy-mm-dd|2023-02-30|is not a day of the calendar",
            "dd/mm/yyyy|13/13/2022|is not a day of the calendar",
            "yyyy-mm-dd|02/01/2022|is not spelled yyyy-mm-dd",
            "d month yyyy|2 Janvier 2022|'Janvier' is not an English month name",
    })
    void impossibleDatesAreRefusedWithTheReason(String label, String value, String reason) {
        assertThatThrownBy(() -> DateSpelling.labelled(label).orElseThrow().read(value))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(reason);
    }

    @Test
    void detectionTakesTheSpellingThatReadsEveryValue() {
        assertThat(DateSpelling.detect(List.of("2022-01-02", "", "2022-03-04"))).isEqualTo(DateSpelling.ISO);
        assertThat(DateSpelling.detect(List.of("02/01/2022", "03/04/2022"))).as("ambiguous: day first")
                .isEqualTo(DateSpelling.DAY_FIRST);
        assertThat(DateSpelling.detect(List.of("02/01/2022", "12/31/2022"))).as("31 cannot be a month")
                .isEqualTo(DateSpelling.MONTH_FIRST);
        assertThat(DateSpelling.detect(List.of("2.1.2022", "15.11.2022"))).isEqualTo(DateSpelling.DOTTED);
        assertThat(DateSpelling.detect(List.of("15 January 2023"))).isEqualTo(DateSpelling.MONTH_NAME);
        assertThat(DateSpelling.detect(List.of())).isEqualTo(DateSpelling.ISO);
    }
}
