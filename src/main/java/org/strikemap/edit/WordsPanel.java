package org.strikemap.edit;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.strikemap.dataset.DatasetDescription;
import org.strikemap.geo.Bounds;
import org.strikemap.source.Claim;

/**
 * The map's own words per language (title, subtitle, about, credit, the launch area's label), where it looks (the
 * view's edges), the angle of the ring labels and the language its reports are in, with its area shown (chosen when
 * the map was made) and the claims about the whole map. Saved as one record; the description's own rules apply.
 */
final class WordsPanel extends Composite<Div> {

    private final OpenMap open;
    private final TextsField title = new TextsField(getTranslation("edit.field.title"), false);
    private final TextsField subtitle = new TextsField(getTranslation("edit.field.subtitle"), false);
    private final TextsField about = new TextsField(getTranslation("edit.field.about"), true);
    private final TextsField credit = new TextsField(getTranslation("edit.field.credit"), false);
    private final TextsField launchAreaLabel = new TextsField(getTranslation("edit.field.launchAreaLabel"), false);
    private final NumberField south = edge("edit.view.south");
    private final NumberField west = edge("edit.view.west");
    private final NumberField north = edge("edit.view.north");
    private final NumberField east = edge("edit.view.east");
    private final NumberField bearing = new NumberField(getTranslation("edit.field.ringLabelBearing"));
    private final TextField reportsLanguage = new TextField(getTranslation("edit.field.reportsLanguage"));
    private final TextField area = new TextField(getTranslation("edit.field.area"));
    private final TextField why = new TextField(getTranslation("edit.why"));
    private final Button history = new Button();

    WordsPanel(OpenMap open) {
        this.open = open;
        area.setReadOnly(true);
        area.setHelperText(getTranslation("edit.words.areaFixed"));
        ClaimsList claims = new ClaimsList(open);
        claims.show(Claim.DATASET);
        Button save = new Button(getTranslation("edit.save"), event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 4));
        form.add(title, 4);
        form.add(subtitle, 4);
        form.add(about, 4);
        form.add(credit, 4);
        form.add(launchAreaLabel, 4);
        form.add(south, west, north, east);
        form.add(bearing, reportsLanguage);
        form.add(area, 2);
        why.setWidthFull();
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        history.addClickListener(event -> new HistoryDialog(open, RecordKeys.of(open.content().description(), open.slug()),
                getTranslation("edit.tab.words"), () -> { }).open());
        Div actions = new Div(why, save, history);
        actions.addClassName("ed-form-actions");
        Div root = getContent();
        root.addClassNames("ed-form", "ed-words");
        root.add(new H2(getTranslation("edit.tab.words")), form, actions, claims);
        open.onChange(this::read);
        read();
    }

    private NumberField edge(String key) {
        NumberField field = new NumberField(getTranslation(key));
        field.setStep(0.01);
        return field;
    }

    private void read() {
        DatasetDescription description = open.content().description();
        var words = description.words();
        for (TextsField field : new TextsField[] {title, subtitle, about, credit, launchAreaLabel}) {
            field.setLanguages(description.languages());
        }
        title.setValue(words.title());
        subtitle.setValue(words.subtitle());
        about.setValue(words.about());
        credit.setValue(words.credit());
        launchAreaLabel.setValue(words.launchAreaLabel());
        south.setValue(description.view().south());
        west.setValue(description.view().west());
        north.setValue(description.view().north());
        east.setValue(description.view().east());
        bearing.setValue(description.ringLabelBearing());
        reportsLanguage.setValue(description.reportsLanguage());
        area.setValue(description.area().isNone() ? getTranslation("edit.area.none") : String.join(", ",
                description.area().countries().stream().map(code -> Locale.of("", code).getDisplayCountry(getLocale())).toList()));
        why.clear();
        history.setText(getTranslation("edit.history.button", "count", open.revisionOf(description)));
    }

    private void save() {
        DatasetDescription before = open.content().description();
        DatasetDescription words;
        try {
            if (title.getValue() == null || subtitle.getValue() == null || about.getValue() == null || credit.getValue() == null
                    || south.getValue() == null || west.getValue() == null || north.getValue() == null || east.getValue() == null
                    || bearing.getValue() == null || reportsLanguage.getValue().isBlank()) {
                OpenMap.alert(getTranslation("edit.form.invalid"));
                return;
            }
            words = new DatasetDescription(new DatasetDescription.Words(title.getValue(), subtitle.getValue(),
                    about.getValue(), credit.getValue(), launchAreaLabel.getValue()),
                    new Bounds(south.getValue(), west.getValue(), north.getValue(), east.getValue()), bearing.getValue(),
                    reportsLanguage.getValue().strip(), before.area());
        } catch (IllegalArgumentException refused) {
            OpenMap.alert(refused.getMessage());
            return;
        }
        open.save(words, open.revisionOf(before), why.getValue(), settled -> OpenMap.done(getTranslation("edit.saved")));
    }
}
