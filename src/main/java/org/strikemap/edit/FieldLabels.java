package org.strikemap.edit;

import com.vaadin.flow.component.Component;

/**
 * What a record's field is called on the editor's screens: {@code edit.field.<name>} for the last part of its path
 * (RecordFields), so "location.point" and a launch site's "point" read alike. Every field of every draft record has
 * its words in both bundles (FieldLabelsTest).
 */
final class FieldLabels {

    static final String PREFIX = "edit.field.";

    private FieldLabels() {
    }

    static String label(Component in, String path) {
        return in.getTranslation(PREFIX + RecordFields.name(path));
    }
}
