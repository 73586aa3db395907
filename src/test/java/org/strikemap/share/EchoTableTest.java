package org.strikemap.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.strikemap.testing.RuleTable;
import tools.jackson.databind.JsonNode;

/** {@link Echo#of} against the echo cut's table (echo.js runs the same table, with the limit the embed is sent). */
class EchoTableTest {

    private static final JsonNode TABLE = RuleTable.read("echo.json");

    @Test
    void theTablesLimitIsTheOneTheEmbedIsSent() {
        assertEquals(TABLE.path("limit").asInt(), Echo.LIMIT);
    }

    @TestFactory
    Stream<DynamicTest> everyCaseOfTheTable() {
        return RuleTable.list(TABLE, "cases").stream().map(c -> dynamicTest(RuleTable.why(c),
                () -> assertEquals(RuleTable.text(c, "echo"), Echo.of(RuleTable.text(c, "value")))));
    }
}
