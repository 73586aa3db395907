package org.strikemap.edit;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.strikemap.i18n.Text;

/**
 * What a record's field is called on the editor's screens, from its name as draft.RecordFields gives it
 * ("location.place.byLanguage.uk", "date.precision", "title_uk", "view_south"): each step's words
 * ({@code edit.field.<parent>.<step>} where a step means something else under its parent, else
 * {@code edit.field.<step>}), joined by " · ", a language shown by its tag. Steps that only group ("location",
 * "citation", "byLanguage") say nothing. Every field of every draft record has its words in both bundles
 * (FieldLabelsTest).
 */
final class FieldLabels {

    static final String PREFIX = "edit.field.";
    private static final Set<String> SILENT = Set.of("location", "citation", "byLanguage", "words");

    private FieldLabels() {
    }

    /** The keys of a field's words and, where it is words in one language, that language's tag last. */
    static List<String> parts(String field) {
        List<String> parts = new ArrayList<>();
        String parent = "";
        for (String step : field.replaceAll("\\[\\d+]", "").split("\\.")) {
            String[] translated = translation(step);
            if (parent.equals("byLanguage")) {
                parts.add("=" + step);
            } else if (translated != null) {
                parts.add(PREFIX + camel(translated[0]));
                parts.add("=" + translated[1]);
            } else if (!SILENT.contains(step)) {
                parts.add(PREFIX + (parent.isEmpty() || SILENT.contains(parent) ? "" : parent + ".") + camel(step));
            }
            parent = step;
        }
        return parts;
    }

    static String label(Component in, String field) {
        List<String> words = new ArrayList<>();
        for (String part : parts(field)) {
            words.add(part.startsWith("=") ? part.substring(1) : in.getTranslation(part));
        }
        return String.join(" · ", words);
    }

    /** "title_uk" as {"title", "uk"}: a map's words in another language (dataset.csv's way); null for anything else. */
    private static String[] translation(String step) {
        int cut = step.lastIndexOf('_');
        if (cut < 0 || !Text.TAG.matcher(step.substring(cut + 1)).matches()
                || !List.of("title", "subtitle", "about", "credit", "launch_area_label").contains(step.substring(0, cut))) {
            return null;
        }
        return new String[] {step.substring(0, cut), step.substring(cut + 1)};
    }

    /** dataset.csv's "view_south" as "viewSouth"; the records' own names stay as they are. */
    private static String camel(String step) {
        StringBuilder name = new StringBuilder();
        boolean up = false;
        for (char c : step.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                name.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return name.toString();
    }
}
