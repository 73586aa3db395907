package org.strikemap.edit;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.function.BiFunction;
import org.strikemap.strike.DatePrecision;
import org.strikemap.strike.LocationPrecision;
import org.strikemap.strike.StrikeStatus;

/**
 * The words the editor gives a strike's choices (its status, how exactly its place and its date are known), the one
 * definition the forms, the filter bar and every side-by-side of two records (a history, a conflict, the changes to
 * publish) use. Limits: draft.RecordFields gives a choice as its constant's name ("UNDER_INVESTIGATION"); a field
 * that is not one of these choices, or a name no constant has (a revision older than the code), is shown as it is.
 */
final class ChoiceWords {

    /** The choice fields, as draft.RecordFields names them, with how each words a constant's name. */
    private static final Map<String, BiFunction<Component, String, String>> FIELDS = Map.of(
            "status", (in, name) -> status(in, StrikeStatus.valueOf(name)),
            "location.precision", (in, name) -> locationPrecision(in, LocationPrecision.valueOf(name)),
            "date.precision", (in, name) -> datePrecision(in, DatePrecision.valueOf(name)));

    private ChoiceWords() {
    }

    static String status(Component in, StrikeStatus status) {
        return in.getTranslation("edit.status." + status.code());
    }

    static String locationPrecision(Component in, LocationPrecision precision) {
        return in.getTranslation("edit.locationPrecision." + precision.code());
    }

    static String datePrecision(Component in, DatePrecision precision) {
        return in.getTranslation("edit.datePrecision." + precision.code());
    }

    /** {@code value} of {@code field} (draft.RecordFields' names for both) as the forms word it. */
    static String value(Component in, String field, String value) {
        BiFunction<Component, String, String> words = FIELDS.get(field);
        if (words == null || value.isEmpty()) {
            return value;
        }
        try {
            return words.apply(in, value);
        } catch (IllegalArgumentException unknown) {
            return value;
        }
    }
}
