package org.strikemap.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A record as named fields with their values as text, in the record's order ({@code location.place.uk},
 * {@code date.precision}), and two records side by side: what a history's difference shows.
 */
public final class RecordFields {

    /** One row of a side-by-side difference: a field, its value in each record (empty when absent), whether they differ. */
    public record Row(String field, String left, String right, boolean changed) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RecordFields() {
    }

    /** The fields of {@code record} (a record of a map, or null: none). */
    public static Map<String, String> of(Object record) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (record != null) {
            flatten("", JSON.readTree(RecordJson.write(record)), fields);
        }
        return fields;
    }

    /** Every field of either record, side by side, in the order the left (then the right) names them. */
    public static List<Row> sideBySide(Object left, Object right) {
        Map<String, String> a = of(left);
        Map<String, String> b = of(right);
        Map<String, String[]> rows = new LinkedHashMap<>();
        a.forEach((field, value) -> rows.put(field, new String[] {value, ""}));
        b.forEach((field, value) -> rows.computeIfAbsent(field, f -> new String[] {"", ""})[1] = value);
        List<Row> result = new ArrayList<>();
        rows.forEach((field, values) -> result.add(new Row(field, values[0], values[1], !Objects.equals(values[0], values[1]))));
        return result;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> fields) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), fields);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + i + "]", node.get(i), fields);
            }
        } else if (!node.isNull()) {
            fields.put(prefix, node.asString());
        }
    }
}
