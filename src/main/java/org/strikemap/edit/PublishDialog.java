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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.Locale;
import org.strikemap.account.NotAllowed;
import org.strikemap.draft.Change;
import org.strikemap.draft.RecordFields;
import org.strikemap.draft.RecordKey;
import org.strikemap.publish.PublishService.PublishCheck;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.source.Sources;
import org.strikemap.publish.PublishService;
import org.strikemap.publish.Version;

/**
 * "Publish…": every change since the last version with its author, when and why, each opening to a field-by-field
 * difference; a note for readers; and Publish, disabled with the reason when the reviewer may not publish now: the
 * publish service's reason (not a reviewer, two-person review, nothing to publish), or the records whose quote is
 * neither found in its report nor checked by hand (QuoteState), listed. Publishing writes an immutable version
 * readers see within seconds.
 */
final class PublishDialog extends Dialog {

    /** The most characters of a note for readers; longer notes are cut by the field itself. */
    static final int NOTE_LIMIT = 500;

    PublishDialog(OpenMap open, PublishService publisher) {
        setHeaderTitle(getTranslation("edit.publish.title"));
        addClassName("ed-publish");
        setWidth("min(1000px, 96vw)");
        List<Change> changes = publisher.changes(open.slug());
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
        List<String> unchecked = uncheckedQuotes(open);
        boolean allowed = check.allowed() && unchecked.isEmpty();
        Button publish = new Button(getTranslation("edit.publish.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (!allowed) {
            Span reason = new Span(!check.allowed() ? check.reason()
                    : getTranslation("edit.publish.refusal.quotes-not-checked") + " " + String.join(", ", unchecked));
            reason.addClassName("ed-refusal");
            reason.setId("ed-publish-refusal");
            publish.getElement().setAttribute("aria-describedby", "ed-publish-refusal");
            add(reason);
        }
        publish.setEnabled(false);
        note.addValueChangeListener(event -> publish.setEnabled(allowed && !event.getValue().isBlank()));
        publish.addClickListener(event -> {
            Version version;
            try {
                version = publisher.publish(open.slug(), open.me(), note.getValue().strip());
            } catch (IllegalArgumentException | IllegalStateException | NotAllowed refused) {
                OpenMap.alert(refused.getMessage());
                return;
            }
            close();
            OpenMap.done(getTranslation("edit.publish.done", "version", shortName(version)));
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
        grid.addColumn(change -> change.made().by().name()).setHeader(getTranslation("edit.publish.author"));
        grid.addColumn(change -> when.format(change.made().at())).setHeader(getTranslation("edit.publish.when"));
        grid.addColumn(change -> change.made().why() == null ? "" : change.made().why())
                .setHeader(getTranslation("edit.publish.why"))
                .setFlexGrow(2);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::difference));
        grid.setItems(changes);
        grid.setAllRowsVisible(changes.size() <= 12);
        if (changes.size() > 12) {
            grid.setHeight("24rem");
        }
        return grid;
    }

    /** The fields a change altered: before and after, one line each (draft.RecordFields, as the history shows them). */
    private Div difference(Change change) {
        Div lines = new Div();
        lines.addClassName("ed-diff");
        for (RecordFields.Row row : RecordFields.sideBySide(change.before(), change.after())) {
            if (!row.changed()) {
                continue;
            }
            Span label = new Span(FieldLabels.label(this, row.field()));
            label.addClassName("ed-diff-field");
            Span old = new Span(row.left().isEmpty() ? "—" : ChoiceWords.value(this, row.field(), row.left()));
            old.addClassName("ed-diff-before");
            Span now = new Span(row.right().isEmpty() ? "—" : ChoiceWords.value(this, row.field(), row.right()));
            now.addClassName("ed-diff-after");
            Div line = new Div(label, old, new Span(" → "), now);
            line.addClassName("ed-diff-line");
            lines.add(line);
        }
        return lines;
    }

    /** What a version is called on the editor's screens: the first 7 hex digits of its content hash. */
    static String shortName(Version version) {
        return version.version().length() > 7 ? version.version().substring(0, 7) : version.version();
    }

    /** The records of the draft whose quote neither is found in its report nor was checked by hand: "strike kyiv-1". */
    private List<String> uncheckedQuotes(OpenMap open) {
        LoadedDataset content = open.content();
        Sources sources = content.sources();
        List<String> records = new ArrayList<>();
        Stream.of(content.strikes().all().stream().map(strike -> Map.entry((Object) strike, strike.citation())),
                        sources.claims().stream().map(claim -> Map.entry((Object) claim, claim.citation())),
                        content.launch().sites().stream().map(site -> Map.entry((Object) site, site.citation())),
                        content.launch().rings().stream().map(ring -> Map.entry((Object) ring, ring.citation())))
                .flatMap(entries -> entries).filter(entry -> !QuoteState.of(entry.getValue(), sources).stands())
                .forEach(entry -> {
                    RecordKey key = RecordKeys.of(entry.getKey(), open.slug());
                    records.add(getTranslation("edit.kind." + key.kind().name().toLowerCase(Locale.ROOT)) + " " + key.id());
                });
        return records;
    }
}
