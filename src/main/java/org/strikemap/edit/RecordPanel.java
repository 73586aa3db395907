package org.strikemap.edit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.draft.RecordKey;

/**
 * A list of one kind of record beside its form, edited the way strikes are: select a row to edit it, "New" for a new
 * one, Save into the draft (conflicts and refusals through {@link OpenMap}), Delete after a confirmation. The map,
 * when the kind has a place, sits under the list. A record whose key its edit changes (a ring's radius is part of its
 * id) is saved as the new one, then the old one deleted. Subclasses give the columns, the fields and how a record
 * is read from them.
 */
abstract class RecordPanel<R> extends Composite<Div> {

    protected final OpenMap open;
    protected final Grid<R> grid = new Grid<>();
    private final H2 heading = new H2();
    private String newHeading = "";
    private final TextField why = new TextField();
    private final Button delete = new Button();
    private final Button history = new Button();
    private R loaded;

    RecordPanel(OpenMap open) {
        this.open = open;
    }

    /** Builds the panel; call once from the subclass's constructor, after its fields exist. */
    protected final void build(String addLabel, Component fields, EditorMap map) {
        newHeading = addLabel;
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addClassName("ed-grid");
        columns(grid);
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.isFromClient() || event.getValue() != null) {
                show(event.getValue());
            }
        });
        Button add = new Button(addLabel, VaadinIcon.PLUS.create(), event -> {
            grid.deselectAll();
            show(null);
        });
        Div listHead = new Div(add);
        listHead.addClassName("ed-list-head");
        Div left = map == null ? new Div(listHead, grid) : new Div(listHead, grid, map);
        left.addClassName("ed-left");

        why.setLabel(getTranslation("edit.why"));
        why.setWidthFull();
        Button save = new Button(getTranslation("edit.save"), event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        delete.setText(getTranslation("edit.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(event -> new ConfirmDelete(title(loaded), () -> open.delete(key(loaded),
                open.revisionOf(loaded), why.getValue(), () -> {
                    grid.deselectAll();
                    show(null);
                })).open());
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        history.addClickListener(event -> new HistoryDialog(open, key(loaded), title(loaded), () -> {
            R stored = records(open.content()).stream().filter(r -> key(r).equals(key(loaded))).findFirst().orElse(null);
            if (stored != null) {
                grid.select(stored);
            }
            show(stored);
        }).open());
        Div actions = new Div(why, save, history, delete);
        actions.addClassName("ed-form-actions");
        Div form = new Div(heading, fields, actions);
        form.addClassName("ed-form");
        Div right = new Div(form);
        right.addClassName("ed-right");
        getContent().addClassName("ed-panel");
        getContent().add(left, right);
        open.onChange(this::refresh);
        refresh();
        show(null);
    }

    protected abstract void columns(Grid<R> grid);

    protected abstract List<R> records(LoadedDataset content);

    /** Fills the fields with {@code record}; null: a new one. */
    protected abstract void read(R record);

    /** The record the fields make, or null (after saying why) when they make none. */
    protected abstract R write();

    /** What the record is called in headings and confirmations. */
    protected abstract String title(R record);

    /** The map's choices changed (sources, sites…); the fields take them. */
    protected void refreshChoices(LoadedDataset content) {
    }

    /** The record shown in the form as stored, null for a new one. */
    protected final R loaded() {
        return loaded;
    }

    protected void show(R record) {
        loaded = record;
        refreshChoices(open.content());
        read(record);
        why.clear();
        delete.setVisible(record != null);
        history.setVisible(record != null);
        history.setText(getTranslation("edit.history.button", "count", record == null ? 0 : open.revisionOf(record)));
        heading.setText(record == null ? newHeading : title(record));
    }

    private void refresh() {
        R selected = grid.asSingleSelect().getValue();
        List<R> records = records(open.content());
        grid.setItems(records);
        refreshChoices(open.content());
        if (selected != null) {
            records.stream().filter(record -> key(record).equals(key(selected))).findFirst().ifPresent(grid::select);
        }
    }

    private void save() {
        R record = write();
        if (record == null) {
            return;
        }
        R before = loaded;
        boolean renamed = before != null && !key(before).equals(key(record));
        long expected = before == null || renamed ? 0 : open.revisionOf(before);
        open.save(record, expected, why.getValue(), settled -> {
            if (renamed) {
                open.delete(key(before), open.revisionOf(before), why.getValue(), () -> { });
            }
            OpenMap.done(getTranslation("edit.saved"));
            R stored = records(open.content()).stream().filter(r -> key(r).equals(key(record))).findFirst().orElse(null);
            if (stored != null) {
                grid.select(stored);
            }
            show(stored);
        });
    }

    private RecordKey key(R record) {
        return RecordKeys.of(record, open.slug());
    }
}
