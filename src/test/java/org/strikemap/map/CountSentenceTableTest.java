package org.strikemap.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.strikemap.testing.RuleTable;
import tools.jackson.databind.JsonNode;

/** {@link CountSentence#of} against the count sentence's table (count-text.js runs the same table). */
class CountSentenceTableTest {

    @TestFactory
    Stream<DynamicTest> everyCaseOfTheTable() {
        JsonNode table = RuleTable.read("count-sentence.json");
        return RuleTable.list(table, "cases").stream().map(c -> dynamicTest(RuleTable.why(c), () -> {
            JsonNode t = table.path("templates").path(c.path("templates").asString());
            CountSentence.Templates templates = new CountSentence.Templates(t.path("onRecord").asString(),
                    t.path("inWindow").asString(), t.path("possible").asString(), t.path("possibleInWindow").asString(),
                    t.path("unlocated").asString());
            CountSentence.Tally tally = new CountSentence.Tally(c.path("onRecord").asInt(), c.path("possible").asInt(),
                    c.path("total").asInt(), c.path("unlocated").asInt());
            assertEquals(RuleTable.text(c, "text"), CountSentence.of(templates, tally, window(c.path("time").asString())));
        }));
    }

    /** The map time as the browser writes it: "" all of time, a day, or "from/to". */
    private static TimeWindow window(String time) {
        if (time.isEmpty()) {
            return TimeWindow.ALL_TIME;
        }
        String[] ends = time.split("/");
        return ends.length == 1 ? TimeWindow.upTo(LocalDate.parse(ends[0]))
                : TimeWindow.between(LocalDate.parse(ends[0]), LocalDate.parse(ends[1]));
    }
}
