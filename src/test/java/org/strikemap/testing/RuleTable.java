package org.strikemap.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One table of cases of a rule both the server and the browser apply (src/test/resources/rules/, see its README):
 * read here for JUnit, by src/test/js/rule-table.mjs for {@code node --test}.
 */
public final class RuleTable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RuleTable() {
    }

    /** The table {@code rules/<name>} from the test classpath. */
    public static JsonNode read(String name) {
        try (InputStream in = RuleTable.class.getResourceAsStream("/rules/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no table rules/" + name + " on the test classpath");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The elements of an array field. */
    public static List<JsonNode> list(JsonNode node, String field) {
        List<JsonNode> items = new ArrayList<>();
        node.path(field).forEach(items::add);
        if (items.isEmpty()) {
            throw new IllegalStateException("the table has no cases in '" + field + "'");
        }
        return items;
    }

    /** A text field, null when it is JSON null or missing. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asString();
    }

    /** A day field, null when it is JSON null or missing. */
    public static LocalDate day(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : LocalDate.parse(text);
    }

    /** A case's name in a test report: what it is there for. */
    public static String why(JsonNode node) {
        return node.path("why").asString();
    }
}
