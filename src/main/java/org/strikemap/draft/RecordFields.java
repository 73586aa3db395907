package org.strikemap.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A record as named fields with their values as text, in the record's order ({@code location.place.uk},
 * {@code date.precision}), and two records side by side: what a history's difference shows, and what the editor's
 * conflict dialog merges field by field ({@link #merge}).
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

    /**
     * {@code mine} with the fields named in {@code fromTheirs} (as {@link #of} names them) taken from {@code theirs}, or
     * left out where theirs has none: the merge of two versions of one record of kind {@code kind}. The record's own
     * rules apply to the result: a mix they refuse (a date's start from one, its end from the other, say) throws
     * {@link IllegalArgumentException} with their reason.
     */
    public static Object merge(RecordKind kind, Object mine, Object theirs, Set<String> fromTheirs) {
        ObjectNode merged = (ObjectNode) JSON.readTree(RecordJson.write(mine));
        JsonNode other = JSON.readTree(RecordJson.write(theirs));
        for (String field : fromTheirs) {
            List<String> path = path(field);
            JsonNode value = other;
            for (String step : path) {
                value = value == null ? null : step.startsWith("[") ? value.get(index(step)) : value.get(step);
            }
            JsonNode parent = merged;
            for (String step : path.subList(0, path.size() - 1)) {
                JsonNode next = step.startsWith("[") ? parent.get(index(step)) : parent.get(step);
                if (next == null || next.isNull()) {
                    next = JSON.createObjectNode();
                    ((ObjectNode) parent).set(step, next);
                }
                parent = next;
            }
            String last = path.getLast();
            if (parent instanceof ArrayNode array) {
                array.set(index(last), value == null ? JSON.nullNode() : value);
            } else if (value == null || value.isNull()) {
                ((ObjectNode) parent).remove(last);
            } else {
                ((ObjectNode) parent).set(last, value);
            }
        }
        try {
            return RecordJson.read(kind, merged.toString());
        } catch (JacksonException refused) {
            Throwable cause = refused;
            while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
                cause = cause.getCause();
            }
            throw new IllegalArgumentException(cause instanceof IllegalArgumentException ? cause.getMessage()
                    : refused.getOriginalMessage(), refused);
        }
    }

    /** "location.place.byLanguage.uk" as its steps; an array's element is a step of its own ("[0]"). */
    private static List<String> path(String field) {
        List<String> steps = new ArrayList<>();
        for (String part : field.split("\\.")) {
            int bracket = part.indexOf('[');
            if (bracket < 0) {
                steps.add(part);
            } else {
                if (bracket > 0) {
                    steps.add(part.substring(0, bracket));
                }
                for (String index : part.substring(bracket).split("(?=\\[)")) {
                    steps.add(index);
                }
            }
        }
        return steps;
    }

    private static int index(String step) {
        return Integer.parseInt(step.substring(1, step.length() - 1));
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
