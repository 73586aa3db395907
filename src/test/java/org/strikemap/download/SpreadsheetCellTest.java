package org.strikemap.download;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The CSV injection rule, case by case: a cell that starts a formula gets a quote before it, a number never does. */
class SpreadsheetCellTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "=1+1|'=1+1",
            "=HYPERLINK(\"http://x.invalid\";\"click\")|'=HYPERLINK(\"http://x.invalid\";\"click\")",
            "+1-555-0100|'+1-555-0100",
            "-2+3+cmd|'-2+3+cmd",
            "@SUM(A1:A9)|'@SUM(A1:A9)",
            "-|'-",
            "--|'--",
            "-33.9|-33.9",
            "+3|+3",
            "-0.5|-0.5",
            "-.5|-.5",
            "1e5|1e5",
            "-1.5E-3|-1.5E-3",
            "49.9935|49.9935",
            "-12 km|'-12 km",
            "- 3|'- 3",
            "Kyiv|Kyiv",
            "a=b|a=b",
            "Kharkiv, =center|Kharkiv, =center",
            "2024-01-02|2024-01-02",
            "'=already|'=already",
    })
    void aFormulaIsDefusedAndANumberIsNot(String value, String written) {
        assertThat(SpreadsheetCell.defused(value)).isEqualTo(written);
    }

    @ParameterizedTest(name = "control character {0}")
    @CsvSource({"9", "13"})
    void aTabOrACarriageReturnFirstIsDefusedToo(int character) {
        String value = (char) character + "=1+1";
        assertThat(SpreadsheetCell.defused(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "plain|\"plain\"",
            "say \"no\"|\"say \"\"no\"\"\"",
            "=1,2|\"'=1,2\"",
    })
    void everyCellIsQuotedWithItsQuotesDoubled(String value, String written) {
        assertThat(SpreadsheetCell.quoted(value)).isEqualTo(written);
    }

    @org.junit.jupiter.api.Test
    void aLineBreakStaysInsideItsQuotes() {
        assertThat(SpreadsheetCell.quoted("line\nbreak")).isEqualTo("\"line\nbreak\"");
    }

    @org.junit.jupiter.api.Test
    void nothingIsEmpty() {
        assertThat(SpreadsheetCell.defused(null)).isEmpty();
        assertThat(SpreadsheetCell.quoted(null)).isEqualTo("\"\"");
    }
}
