package org.strikemap.edit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.strikemap.source.Citation;
import org.strikemap.source.Claim;

/** Choices several forms share: who made a claim (any name the map already uses, or a new one), and a full citation. */
final class Choices {

    private Choices() {
    }

    /** "Who says so": the names the map's claims, sites and rings use, or any new one typed. */
    static ComboBox<String> by(Component in, OpenMap open) {
        ComboBox<String> by = new ComboBox<>(in.getTranslation("edit.field.by"));
        var launch = open.content().launch();
        by.setItems(new TreeSet<>(Stream.of(open.content().sources().claims().stream().map(Claim::by),
                launch.sites().stream().map(site -> site.by()), launch.rings().stream().map(ring -> ring.by()))
                .flatMap(names -> names).toList()));
        by.setAllowCustomValue(true);
        by.addCustomValueSetListener(event -> by.setValue(event.getDetail()));
        return by;
    }

    /** A citation names its report and quotes it. */
    static boolean cited(Citation citation) {
        return citation != null && citation.sourceId() != null && citation.quote() != null && !citation.quote().isBlank();
    }
}
