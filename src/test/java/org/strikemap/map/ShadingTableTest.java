package org.strikemap.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.strikemap.testing.RuleTable;
import tools.jackson.databind.JsonNode;

/** {@link Shading#fillFor} against the shading's table (area-fill.js runs the same table). */
class ShadingTableTest {

    @TestFactory
    Stream<DynamicTest> everyCaseOfTheTable() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode group : RuleTable.list(RuleTable.read("shading.json"), "shadings")) {
            JsonNode spec = group.path("shading");
            List<Integer> breaks = new ArrayList<>();
            spec.path("breaks").forEach(value -> breaks.add(value.asInt()));
            List<String> colours = new ArrayList<>();
            spec.path("colours").forEach(value -> colours.add(value.asString()));
            Shading shading = new Shading(RuleTable.text(spec, "base"), breaks, colours, RuleTable.text(spec, "possible"));
            for (JsonNode c : RuleTable.list(group, "cases")) {
                tests.add(dynamicTest(breaks + ": " + RuleTable.why(c), () -> assertEquals(RuleTable.text(c, "fill"),
                        shading.fillFor(c.path("onRecord").asInt(), c.path("possible").asInt()))));
            }
        }
        return tests.stream();
    }
}
