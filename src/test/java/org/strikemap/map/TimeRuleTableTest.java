package org.strikemap.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.strikemap.testing.RuleTable;

/** {@link TimeWindow#stateOf} against the time rule's table (time-filter.js runs the same table). */
class TimeRuleTableTest {

    @TestFactory
    Stream<DynamicTest> everyCaseOfTheTable() {
        return RuleTable.list(RuleTable.read("time-rule.json"), "cases").stream().map(c -> dynamicTest(RuleTable.why(c), () -> {
            TimeWindow window = new TimeWindow(RuleTable.day(c, "from"), RuleTable.day(c, "to"));
            DayState state = window.stateOf(RuleTable.day(c, "first"), RuleTable.day(c, "last"));
            assertEquals(RuleTable.text(c, "state"), state.id());
        }));
    }
}
