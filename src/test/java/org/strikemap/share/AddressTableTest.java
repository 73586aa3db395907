package org.strikemap.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.strikemap.map.TimeWindow;
import org.strikemap.testing.RuleTable;
import tools.jackson.databind.JsonNode;

/** {@link ViewAddress} against the address's table (the embed's address.js runs the same table). */
class AddressTableTest {

    private static final JsonNode TABLE = RuleTable.read("address.json");
    private static final LocalDate START = RuleTable.day(TABLE.path("period"), "start");
    private static final LocalDate END = RuleTable.day(TABLE.path("period"), "end");

    @Test
    void theTablesEchoLimitIsTheServers() {
        assertEquals(TABLE.path("echoLimit").asInt(), Echo.LIMIT);
    }

    @TestFactory
    Stream<DynamicTest> readingEveryCase() {
        return RuleTable.list(TABLE, "reading").stream().map(c -> dynamicTest(RuleTable.why(c), () -> {
            JsonNode parameters = c.path("parameters");
            ViewAddress address = ViewAddress.read(name -> RuleTable.text(parameters, name), START, END);
            assertEquals(RuleTable.text(c, "time"), address.window().time(), "time");
            assertEquals(RuleTable.text(c, "strike"), address.strike(), "strike");
            assertEquals(RuleTable.text(c, "region"), address.region(), "region");
            JsonNode problem = c.path("problem");
            assertEquals(problem.isNull() ? Optional.empty() : Optional.of(problem.path("kind").asString()),
                    address.problem().map(ViewAddress.Problem::kind), "problem");
            if (!problem.isNull()) {
                Map<String, String> values = new LinkedHashMap<>();
                problem.path("values").properties().forEach(entry -> values.put(entry.getKey(), entry.getValue().asString()));
                assertEquals(values, address.problem().orElseThrow().values(), "problem values");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> writingEveryCase() {
        return RuleTable.list(TABLE, "writing").stream().map(c -> dynamicTest(RuleTable.why(c), () -> {
            String[] time = c.path("time").asString().split("/");
            TimeWindow window = time.length == 1 ? TimeWindow.upTo(LocalDate.parse(time[0]))
                    : TimeWindow.between(LocalDate.parse(time[0]), LocalDate.parse(time[1]));
            ViewAddress address = new ViewAddress(window, RuleTable.text(c, "strike"), RuleTable.text(c, "region"),
                    Optional.empty());
            assertEquals(RuleTable.text(c, "query"), address.query(END).encoded());
        }));
    }
}
