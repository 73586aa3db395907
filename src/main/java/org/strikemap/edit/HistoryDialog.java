package org.strikemap.edit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.strikemap.draft.HistoryEntry;
import org.strikemap.draft.RecordFields;
import org.strikemap.draft.RecordKey;
import org.strikemap.map.MapStyle;

/**
 * One record's history (EDITOR.md): its revisions newest first, each with its number, who made it, when, why, and
 * what it changed (the fields that differ from the revision before, named as the forms name them). Two revisions
 * ticked are compared side by side field by field. "Restore this revision" saves the record as that revision left
 * it as a new revision (DraftService.restore, whose checks apply as to any save): nothing is rewritten. Limits: one
 * record; a revision's record is shown as draft.RecordFields flattens it.
 */
final class HistoryDialog extends Dialog {

    private final Div comparison = new Div();

    /** {@code restored} runs after a restore, once the draft is read again. */
    HistoryDialog(OpenMap open, RecordKey key, String title, Runnable restored) {
        List<HistoryEntry> entries = open.history(key);
        setHeaderTitle(getTranslation("edit.history.title", "record", title));
        addClassName("ed-history");
        setWidth("min(1100px, 96vw)");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());

        Grid<HistoryEntry> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // Two are ticked to compare: "select all" would tick more and compare nothing.
        ((GridMultiSelectionModel<HistoryEntry>) grid.setSelectionMode(Grid.SelectionMode.MULTI))
                .setSelectAllCheckboxVisibility(GridMultiSelectionModel.SelectAllCheckboxVisibility.HIDDEN);
        grid.getElement().setAttribute("aria-label", getTranslation("edit.history.list"));
        // Two columns, so the list fits a phone: the revision (number, who, when, why) and what it changed.
        grid.addComponentColumn(entry -> revision(entry, when)).setHeader(getTranslation("edit.history.revisionColumn"))
                .setFlexGrow(2);
        grid.addComponentColumn(entry -> {
            Div cell = new Div(new Span(changed(entries, entry)));
            cell.addClassName("ed-history-changed");
            restoreButton(open, key, entries, entry, restored).ifPresent(cell::add);
            return cell;
        }).setHeader(getTranslation("edit.history.changed")).setFlexGrow(3);
        grid.setItems(entries);
        grid.setAllRowsVisible(entries.size() <= 10);
        if (entries.size() > 10) {
            grid.setHeight("22rem");
        }
        grid.addSelectionListener(event -> compare(new ArrayList<>(event.getAllSelectedItems())));

        comparison.addClassName("ed-history-compare");
        // A dialog lies outside the page that carries the map's colours; the differences are marked in them.
        comparison.getElement().setAttribute("style", MapStyle.cssDeclarations());
        add(grid, new Paragraph(getTranslation("edit.history.hint")), comparison);
        getFooter().add(new Button(getTranslation("edit.close"), event -> close()));
    }

    /** What a revision changed: the fields that differ from the revision before it, or that it made or deleted it. */
    private String changed(List<HistoryEntry> entries, HistoryEntry entry) {
        if (entry.deleted()) {
            return getTranslation("edit.history.deleted");
        }
        HistoryEntry before = before(entries, entry);
        if (before == null || before.deleted()) {
            return getTranslation(before == null ? "edit.history.created" : "edit.history.restoredDeleted");
        }
        String fields = RecordFields.sideBySide(before.record(), entry.record()).stream().filter(RecordFields.Row::changed)
                .map(row -> FieldLabels.label(this, row.field())).distinct().collect(Collectors.joining(", "));
        return fields.isEmpty() ? getTranslation("edit.history.nothing") : fields;
    }

    private static HistoryEntry before(List<HistoryEntry> entries, HistoryEntry entry) {
        return entries.stream().filter(other -> other.number() < entry.number())
                .max(Comparator.comparingLong(HistoryEntry::number)).orElse(null);
    }

    /** "3 · Ada Admin", when, and why (when given), one line each. */
    private Div revision(HistoryEntry entry, DateTimeFormatter when) {
        Div cell = new Div(new Span(entry.number() + " · " + entry.made().by().name()),
                new Span(when.format(entry.made().at())));
        if (entry.made().why() != null && !entry.made().why().isBlank()) {
            cell.add(new Span(entry.made().why()));
        }
        cell.addClassName("ed-history-revision");
        return cell;
    }

    /** Every revision but the record as it stands now may be restored; a deletion has no record to restore. */
    private java.util.Optional<Button> restoreButton(OpenMap open, RecordKey key, List<HistoryEntry> entries, HistoryEntry entry,
                                                     Runnable restored) {
        boolean latest = entries.stream().allMatch(other -> other.number() <= entry.number());
        if (latest || entry.deleted()) {
            return java.util.Optional.empty();
        }
        Button restore = new Button(getTranslation("edit.history.restore"), event -> open.restore(key, entry.number(), () -> {
            close();
            OpenMap.done(getTranslation("edit.history.restored", "number", entry.number()));
            restored.run();
        }));
        restore.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        restore.setAriaLabel(getTranslation("edit.history.restoreNamed", "number", entry.number()));
        return java.util.Optional.of(restore);
    }

    /** Two revisions side by side, the older left; anything else asks for two. */
    private void compare(List<HistoryEntry> selected) {
        comparison.removeAll();
        if (selected.size() != 2) {
            return;
        }
        selected.sort(Comparator.comparingLong(HistoryEntry::number));
        HistoryEntry older = selected.get(0);
        HistoryEntry newer = selected.get(1);
        comparison.add(new H3(getTranslation("edit.history.comparing", "older", older.number(), "newer", newer.number())));
        Grid<RecordFields.Row> rows = new Grid<>();
        rows.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        rows.addColumn(row -> FieldLabels.label(this, row.field())).setHeader(getTranslation("edit.conflict.field"))
                // Narrow enough together for a phone's dialog (wrapping), wider where there is room.
                .setFlexGrow(1).setWidth("7rem");
        rows.addComponentColumn(row -> cell(ChoiceWords.value(this, row.field(), row.left()), row.changed()))
                .setHeader(getTranslation("edit.history.revision", "number", older.number())).setFlexGrow(2).setWidth("6rem");
        rows.addComponentColumn(row -> cell(ChoiceWords.value(this, row.field(), row.right()), row.changed()))
                .setHeader(getTranslation("edit.history.revision", "number", newer.number())).setFlexGrow(2).setWidth("6rem");
        rows.setItems(RecordFields.sideBySide(older.deleted() ? null : older.record(), newer.deleted() ? null : newer.record()));
        rows.setAllRowsVisible(true);
        comparison.add(rows);
    }

    private static Span cell(String text, boolean differs) {
        Span span = new Span(text.isEmpty() ? "—" : text);
        span.addClassName("ed-value");
        if (differs) {
            span.addClassName("ed-differs");
        }
        return span;
    }
}
