package org.strikemap.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.strikemap.testing.RuleTable;
import tools.jackson.databind.JsonNode;

/** {@link Messages#shortDay} and {@link Messages#shortSpan} against the date labels' table (day-labels.js runs it too). */
class DateLabelsTableTest {

    private static final JsonNode TABLE = RuleTable.read("date-labels.json");

    @TestFactory
    Stream<DynamicTest> everyDay() {
        return RuleTable.list(TABLE, "days").stream().map(c -> dynamicTest(RuleTable.why(c), () -> assertEquals(
                RuleTable.text(c, "label"), words(c).shortDay(RuleTable.day(c, "day")))));
    }

    @TestFactory
    Stream<DynamicTest> everySpan() {
        return RuleTable.list(TABLE, "spans").stream().map(c -> dynamicTest(RuleTable.why(c), () -> assertEquals(
                RuleTable.text(c, "label"), words(c).shortSpan(RuleTable.day(c, "from"), RuleTable.day(c, "to")))));
    }

    private static Messages words(JsonNode c) {
        Messages words = Messages.of(Locale.forLanguageTag(c.path("lang").asString()));
        assertEquals(c.path("lang").asString(), words.tag(), "the table's language is supported");
        return words;
    }
}
