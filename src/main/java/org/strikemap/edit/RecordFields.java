package org.strikemap.edit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.strikemap.i18n.Text;
import org.strikemap.strike.ReportedDate;

/**
 * A record's fields, for putting two versions of it side by side and merging them field by field: the record is
 * split into its components, and so is any component that itself has a record among its components (a strike's
 * location into place, region, point…, its citation into source and quote); any other value is one field. Paths name a field ("location.point"). Which fields
 * there are follows the record types alone, so both versions always have the same ones.
 * Limits: records and plain values only; a list is one field.
 */
final class RecordFields {

    /** One field: its path from the record and its value (null when empty). */
    record Field(String path, Object value) {
    }

    private RecordFields() {
    }

    /** The fields of {@code record} in component order; a null record has them all empty. */
    static List<Field> of(Class<?> type, Object record) {
        List<Field> fields = new ArrayList<>();
        collect(type, record, "", fields);
        return fields;
    }

    /** The paths of the fields where {@code a} and {@code b} differ. */
    static Set<String> differing(Class<?> type, Object a, Object b) {
        Map<String, Object> left = byPath(type, a);
        Map<String, Object> right = byPath(type, b);
        return left.keySet().stream().filter(path -> !Objects.equals(left.get(path), right.get(path)))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** {@code mine} with the fields at {@code takeTheirs} from {@code theirs}; the records' own rules apply. */
    static <T> T merge(Class<T> type, T mine, T theirs, Set<String> takeTheirs) {
        return type.cast(merge(type, mine, theirs, takeTheirs, ""));
    }

    /** A field's value as the editor shows it: text per language as "en: …", nothing as "—". */
    static String show(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Text text) {
            return text.byLanguage().entrySet().stream().map(entry -> entry.getKey() + ": " + entry.getValue())
                    .collect(Collectors.joining("\n"));
        }
        if (value instanceof ReportedDate date) {
            return date.from() + (date.to() == null ? " –" : date.to().equals(date.from()) ? "" : " – " + date.to())
                    + " (" + date.precision().code() + ")";
        }
        if (value instanceof Enum<?> constant) {
            return constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
        if (value instanceof Record record) {
            return Arrays.stream(record.getClass().getRecordComponents()).map(component -> show(read(component, record)))
                    .collect(Collectors.joining(" · "));
        }
        return value.toString();
    }

    /** The last part of a path: what the field is called ("point" for "location.point"). */
    static String name(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static Map<String, Object> byPath(Class<?> type, Object record) {
        Map<String, Object> values = new LinkedHashMap<>();
        of(type, record).forEach(field -> values.put(field.path(), field.value()));
        return values;
    }

    private static void collect(Class<?> type, Object value, String path, List<Field> fields) {
        if (!isSplit(type, path)) {
            fields.add(new Field(path, value));
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            collect(component.getType(), value == null ? null : read(component, value), join(path, component.getName()),
                    fields);
        }
    }

    private static Object merge(Class<?> type, Object mine, Object theirs, Set<String> takeTheirs, String path) {
        if (!isSplit(type, path) || mine == null || theirs == null) {
            boolean taken = takeTheirs.contains(path) || takeTheirs.stream().anyMatch(t -> t.startsWith(path + "."));
            return taken ? theirs : mine;
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = merge(components[i].getType(), read(components[i], mine), read(components[i], theirs), takeTheirs,
                    join(path, components[i].getName()));
        }
        try {
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a " + type.getSimpleName(), e);
        }
    }

    /** The record itself ({@code path} empty) and records with a record among their components are split. */
    private static boolean isSplit(Class<?> type, String path) {
        return type.isRecord() && (path.isEmpty()
                || Arrays.stream(type.getRecordComponents()).anyMatch(c -> c.getType().isRecord()));
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
