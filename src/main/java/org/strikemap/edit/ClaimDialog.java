package org.strikemap.edit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.strikemap.source.Claim;
import org.strikemap.source.Sources;

/**
 * One claim's form: its kind, what it says (exact, or a count between bounds), the reader's wording, who made it,
 * and the report and quote that carry it (checked as the strike's are). Saved into the draft on its own; a claim
 * is about one strike, or (its subject "dataset") about the whole map.
 */
final class ClaimDialog extends Dialog {

    private final Binder<ClaimFields> binder = new Binder<>();
    private final ClaimFields fields;

    ClaimDialog(OpenMap open, Claim claim, String subject, Runnable saved) {
        this.fields = claim == null ? ClaimFields.about(subject) : ClaimFields.of(claim);
        setHeaderTitle(getTranslation(claim == null ? "edit.claim.new" : "edit.claim.edit"));
        setWidth("min(720px, 96vw)");
        Sources sources = open.content().sources();

        TextField id = new TextField(getTranslation("edit.field.id"));
        id.setReadOnly(claim != null);
        ComboBox<String> kind = new ComboBox<>(getTranslation("edit.field.kind"));
        kind.setItems(new TreeSet<>(Stream.concat(Stream.concat(Claim.COUNT_KINDS.stream(), Claim.TEXT_KINDS.stream()),
                sources.claims().stream().map(Claim::kind)).toList()));
        kind.setAllowCustomValue(true);
        kind.addCustomValueSetListener(event -> kind.setValue(event.getDetail()));
        RadioButtonGroup<Boolean> bounded = new RadioButtonGroup<>(getTranslation("edit.claim.valueIs"));
        bounded.setItems(false, true);
        bounded.setItemLabelGenerator(isBounded -> getTranslation(isBounded ? "edit.claim.bounded" : "edit.claim.exact"));
        TextField exact = new TextField(getTranslation("edit.field.exact"));
        IntegerField min = new IntegerField(getTranslation("edit.field.min"));
        IntegerField max = new IntegerField(getTranslation("edit.field.max"));
        TextField text = new TextField(getTranslation("edit.field.text"));
        text.setHelperText(getTranslation("edit.claim.textHint"));
        ComboBox<String> by = Choices.by(this, open);
        CitationField citation = new CitationField(open.me().name());
        citation.setSources(sources.all());
        bounded.addValueChangeListener(event -> {
            boolean isBounded = Boolean.TRUE.equals(event.getValue());
            exact.setVisible(!isBounded);
            min.setVisible(isBounded);
            max.setVisible(isBounded);
        });

        String required = getTranslation("edit.required");
        binder.forField(id).asRequired(required).bind(ClaimFields::getId, ClaimFields::setId);
        binder.forField(kind).asRequired(required).bind(ClaimFields::getKind, ClaimFields::setKind);
        binder.forField(bounded).bind(ClaimFields::isBounded, ClaimFields::setBounded);
        binder.forField(exact).bind(ClaimFields::getExact, ClaimFields::setExact);
        binder.forField(min).bind(ClaimFields::getMin, ClaimFields::setMin);
        binder.forField(max).bind(ClaimFields::getMax, ClaimFields::setMax);
        binder.forField(text).asRequired(required).bind(ClaimFields::getText, ClaimFields::setText);
        binder.forField(by).asRequired(required).bind(ClaimFields::getBy, ClaimFields::setBy);
        binder.forField(citation).withValidator(Choices::cited, getTranslation("edit.quote.required"))
                .bind(ClaimFields::getCitation, ClaimFields::setCitation);
        binder.readBean(fields);
        if (claim == null) {
            kind.addValueChangeListener(event -> {
                if (id.isEmpty() || !id.getValue().equals(suggested(open, event.getOldValue()))) {
                    id.setValue(suggested(open, event.getValue()));
                }
            });
        }

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        Div value = new Div(bounded, exact, min, max);
        value.addClassName("ed-claim-value");
        form.add(kind, id, value, text, by);
        form.setColspan(value, 2);
        form.setColspan(text, 2);
        form.add(citation, 2);
        add(form);

        Button cancel = new Button(getTranslation("edit.cancel"), event -> close());
        Button save = new Button(getTranslation("edit.save"), event -> {
            ClaimFields edited = claim == null ? ClaimFields.about(subject) : ClaimFields.of(claim);
            if (!binder.writeBeanIfValid(edited)) {
                OpenMap.alert(getTranslation("edit.form.invalid"));
                return;
            }
            Claim record;
            try {
                record = edited.toClaim();
            } catch (IllegalArgumentException | NullPointerException refused) {
                OpenMap.alert(refused.getMessage());
                return;
            }
            open.save(record, claim == null ? 0 : open.revisionOf(claim), "", settled -> {
                close();
                OpenMap.done(getTranslation("edit.saved"));
                saved.run();
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (claim != null) {
            // A claim's revisions, as every record's: restoring one closes this form, whose values it replaced.
            Button history = new Button(getTranslation("edit.history.button", "count", open.revisionOf(claim)),
                    event -> new HistoryDialog(open, RecordKeys.of(claim, open.slug()), claim.id(), () -> {
                        close();
                        saved.run();
                    }).open());
            history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            getFooter().add(history);
        }
        getFooter().add(cancel, save);
    }

    private String suggested(OpenMap open, String kind) {
        return kind == null ? "" : IdSuggestion.suggest("c-" + fields.getSubject() + "-" + kind, null, "c",
                open.content().sources().claims().stream().map(Claim::id).collect(Collectors.toSet()));
    }

    /** The claims of a subject in the draft, as the list shows them. */
    static List<Claim> about(OpenMap open, String subject) {
        return open.content().sources().claimsAbout(subject);
    }
}
