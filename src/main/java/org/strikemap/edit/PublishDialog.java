package org.strikemap.edit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.strikemap.edit.contract.account.NotAllowed;
import org.strikemap.edit.contract.draft.Change;
import org.strikemap.edit.contract.draft.DraftService;
import org.strikemap.edit.contract.publish.PublishCheck;
import org.strikemap.edit.contract.publish.PublishService;
import org.strikemap.edit.contract.publish.Version;

/**
 * "Publish…": every change since the last version with its author, when and why, each opening to a field-by-field
 * difference; a note for readers; and Publish, disabled with the reason when the reviewer may not publish now (not
 * a reviewer, two-person review and the changes are their own, nothing to publish, quotes not found and not checked
 * by hand, listed). Publishing writes an immutable version readers see within seconds.
 */
final class PublishDialog extends Dialog {

    /** The most characters of a note for readers; longer notes are cut by the field itself. */
    static final int NOTE_LIMIT = 500;

    PublishDialog(OpenMap open, DraftService drafts, PublishService publisher) {
        setHeaderTitle(getTranslation("edit.publish.title"));
        addClassName("ed-publish");
        setWidth("min(1000px, 96vw)");
        List<Change> changes = drafts.changesSinceVersion(open.slug());
        add(new Paragraph(getTranslation("edit.publish.changes", "count", changes.size())));
        if (!changes.isEmpty()) {
            add(changes(changes));
        }
        TextArea note = new TextArea(getTranslation("edit.publish.note"));
        note.setHelperText(getTranslation("edit.publish.noteHint"));
        note.setMaxLength(NOTE_LIMIT);
        note.setWidthFull();
        note.setValueChangeMode(ValueChangeMode.EAGER);
        add(note);

        PublishCheck check = publisher.check(open.slug(), open.me());
        Button publish = new Button(getTranslation("edit.publish.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Span reason = new Span();
        reason.addClassName("ed-refusal");
        reason.setId("ed-publish-refusal");
        if (!check.isAllowed()) {
            reason.setText(getTranslation("edit.publish.refusal." + code(check.refusal()))
                    + (check.records().isEmpty() ? "" : " " + check.records().stream()
                    .map(key -> getTranslation("edit.kind." + key.kind().name().toLowerCase(Locale.ROOT)) + " " + key.id())
                    .collect(Collectors.joining(", "))));
            publish.getElement().setAttribute("aria-describedby", reason.getId().orElseThrow());
            add(reason);
        }
        publish.setEnabled(false);
        note.addValueChangeListener(event -> publish.setEnabled(check.isAllowed() && !event.getValue().isBlank()));
        publish.addClickListener(event -> {
            Version version;
            try {
                version = publisher.publish(open.slug(), open.me(), note.getValue().strip());
            } catch (IllegalArgumentException | IllegalStateException | NotAllowed refused) {
                OpenMap.alert(refused.getMessage());
                return;
            }
            close();
            OpenMap.done(getTranslation("edit.publish.done", "number", version.number()));
            open.reload();
        });
        Button cancel = new Button(getTranslation("edit.cancel"), event -> close());
        getFooter().add(cancel, publish);
    }

    private Grid<Change> changes(List<Change> changes) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        Grid<Change> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(change -> getTranslation("edit.kind." + change.key().kind().name().toLowerCase(Locale.ROOT)) + " "
                + change.key().id() + " (" + getTranslation(change.before() == null ? "edit.publish.added"
                : change.after() == null ? "edit.publish.deleted" : "edit.publish.changed") + ")")
                .setHeader(getTranslation("edit.publish.what")).setFlexGrow(2);
        grid.addColumn(change -> change.author().name()).setHeader(getTranslation("edit.publish.author"));
        grid.addColumn(change -> when.format(change.at())).setHeader(getTranslation("edit.publish.when"));
        grid.addColumn(change -> change.why() == null ? "" : change.why()).setHeader(getTranslation("edit.publish.why"))
                .setFlexGrow(2);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::difference));
        grid.setItems(changes);
        grid.setAllRowsVisible(changes.size() <= 12);
        if (changes.size() > 12) {
            grid.setHeight("24rem");
        }
        return grid;
    }

    /** The fields a change altered: before and after, one line each. */
    private Div difference(Change change) {
        Object any = change.after() != null ? change.after() : change.before();
        Class<?> type = any.getClass();
        Set<String> differing = RecordFields.differing(type, change.before(), change.after());
        var before = RecordFields.of(type, change.before());
        var after = RecordFields.of(type, change.after());
        Div lines = new Div();
        lines.addClassName("ed-diff");
        for (int i = 0; i < after.size(); i++) {
            if (!differing.contains(after.get(i).path())) {
                continue;
            }
            Span label = new Span(FieldLabels.label(this, after.get(i).path()));
            label.addClassName("ed-diff-field");
            Span old = new Span(RecordFields.show(before.get(i).value()));
            old.addClassName("ed-diff-before");
            Span now = new Span(RecordFields.show(after.get(i).value()));
            now.addClassName("ed-diff-after");
            Div line = new Div(label, old, new Span(" → "), now);
            line.addClassName("ed-diff-line");
            lines.add(line);
        }
        return lines;
    }

    private static String code(PublishCheck.Refusal refusal) {
        return refusal.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
