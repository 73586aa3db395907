package org.strikemap.edit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.strikemap.draft.EditConflict;
import org.strikemap.draft.RecordFields;
import org.strikemap.map.MapStyle;

/**
 * A save refused because a colleague saved the same record first: "Another editor saved this strike 2 minutes
 * ago", both versions side by side field by field as the history shows them (draft.RecordFields; the differing ones
 * marked), and three ways on: take theirs (the
 * form shows the stored record), keep mine (saved again on top of theirs) or merge (per differing field, theirs or
 * mine; saved on top of theirs). Nothing is lost: until one of these, neither version changes.
 */
final class ConflictDialog extends Dialog {

    private final Map<String, RadioButtonGroup<Boolean>> choices = new LinkedHashMap<>();

    ConflictDialog(OpenMap open, Object mine, EditConflict conflict, String why, Consumer<Object> settled) {
        Object theirs = conflict.theirs();
        setHeaderTitle(getTranslation("edit.conflict.title",
                "kind", getTranslation("edit.kind." + conflict.key().kind().name().toLowerCase(Locale.ROOT)),
                "ago", ago(conflict.at())));
        addClassName("ed-conflict");
        setWidth("min(1100px, 96vw)");
        add(new Paragraph(getTranslation(theirs == null ? "edit.conflict.deleted" : "edit.conflict.explain",
                "author", conflict.author(), "revision", conflict.revision())));
        if (theirs != null) {
            add(table(theirs, mine));
        }

        Button takeTheirs = new Button(getTranslation("edit.conflict.takeTheirs"), event -> {
            close();
            open.reload();
            settled.accept(theirs);
        });
        Button keepMine = new Button(getTranslation("edit.conflict.keepMine"), event -> {
            close();
            open.save(mine, conflict.revision(), why, settled);
        });
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("edit.cancel"), event -> close());
        getFooter().add(cancel, takeTheirs);
        if (theirs != null && !choices.isEmpty()) {
            Button merge = new Button(getTranslation("edit.conflict.merge"), event -> {
                Set<String> fromTheirs = choices.entrySet().stream().filter(entry -> Boolean.TRUE.equals(entry.getValue().getValue()))
                        .map(Map.Entry::getKey).collect(Collectors.toCollection(LinkedHashSet::new));
                Object merged;
                try {
                    merged = RecordFields.merge(conflict.key().kind(), mine, theirs, fromTheirs);
                } catch (IllegalArgumentException refused) {
                    OpenMap.alert(refused.getMessage());
                    return;
                }
                close();
                open.save(merged, conflict.revision(), why, settled);
            });
            getFooter().add(merge);
        }
        getFooter().add(keepMine);
    }

    private Grid<RecordFields.Row> table(Object theirs, Object mine) {
        List<RecordFields.Row> rows = RecordFields.sideBySide(theirs, mine);
        Grid<RecordFields.Row> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        // A dialog lies outside the page that carries the map's colours; the differences are marked in them.
        grid.getElement().setAttribute("style", MapStyle.cssDeclarations());
        grid.addColumn(row -> FieldLabels.label(this, row.field())).setHeader(getTranslation("edit.conflict.field"))
                .setFlexGrow(0).setWidth("11rem");
        grid.addComponentColumn(row -> cell(ChoiceWords.value(this, row.field(), row.left()), row.changed())).setHeader(getTranslation("edit.conflict.theirs"));
        grid.addComponentColumn(row -> cell(ChoiceWords.value(this, row.field(), row.right()), row.changed())).setHeader(getTranslation("edit.conflict.mine"));
        // Each differing field's choice exists before its row is drawn, so merging never depends on scrolling.
        rows.stream().filter(RecordFields.Row::changed).forEach(row -> choices.put(row.field(), choice(row.field())));
        grid.addComponentColumn(row -> row.changed() ? choices.get(row.field()) : new Span())
                .setHeader(getTranslation("edit.conflict.use")).setFlexGrow(0).setWidth("11rem");
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The choice of each differing field (true: theirs), by path; for tests. */
    Map<String, RadioButtonGroup<Boolean>> choices() {
        return choices;
    }

    private RadioButtonGroup<Boolean> choice(String path) {
        RadioButtonGroup<Boolean> group = new RadioButtonGroup<>();
        group.setItems(true, false);
        group.setItemLabelGenerator(takeTheirs -> getTranslation(takeTheirs ? "edit.conflict.useTheirs"
                : "edit.conflict.useMine"));
        group.setValue(false);
        group.setAriaLabel(FieldLabels.label(this, path));
        return group;
    }

    private static Span cell(String text, boolean differs) {
        Span span = new Span(text.isEmpty() ? "—" : text);
        span.addClassName("ed-value");
        if (differs) {
            span.addClassName("ed-differs");
        }
        return span;
    }

    /** "just now", "1 min ago", "5 min ago", or hours for longer. */
    private String ago(Instant at) {
        if (at == null) {
            return "";
        }
        long minutes = Math.max(0, Duration.between(at, Instant.now()).toMinutes());
        if (minutes < 1) {
            return getTranslation("edit.ago.now");
        }
        return minutes < 120 ? getTranslation("edit.ago.minutes", "n", minutes)
                : getTranslation("edit.ago.hours", "n", minutes / 60);
    }
}
