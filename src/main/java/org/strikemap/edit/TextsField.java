package org.strikemap.edit;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.strikemap.i18n.Text;

/**
 * Words per language ({@link Text}): one input per language, the data's own first, then the map's other languages
 * and any the person adds by tag ("pl"). Blank inputs are left out; all blank is no words (null). Inputs are
 * single-line or, for notes and about-texts, several lines. Limits: a language once added stays listed until the
 * form is filled anew. A form that needs words checks it with a validator rather than Binder's asRequired, whose
 * aria-required is not allowed on the field's group role (axe).
 */
final class TextsField extends CustomField<Text> {

    private final boolean multiLine;
    private final Div rows = new Div();
    private final Map<String, HasValue<?, String>> inputs = new LinkedHashMap<>();
    private final TextField newLanguage = new TextField();
    private final Set<String> mapLanguages = new LinkedHashSet<>();

    TextsField(String label, boolean multiLine) {
        this.multiLine = multiLine;
        setLabel(label);
        addClassName("ed-texts");
        rows.addClassName("ed-texts-rows");
        newLanguage.setPlaceholder(getTranslation("edit.texts.tag"));
        newLanguage.setAriaLabel(getTranslation("edit.texts.newLanguage", "field", label));
        newLanguage.setWidth("6rem");
        Button add = new Button(getTranslation("edit.texts.add"), event -> addLanguage());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add.setAriaLabel(getTranslation("edit.texts.newLanguage", "field", label));
        Div adding = new Div(newLanguage, add);
        adding.addClassName("ed-texts-add");
        add(rows, adding);
    }

    /** The languages always offered, the data's own first (a map's title's languages). */
    void setLanguages(Collection<String> languages) {
        // The same languages again (each time the form takes the map's choices afresh) leave the inputs as they are:
        // rebuilding them would drop words typed but not yet sent.
        if (mapLanguages.equals(new LinkedHashSet<>(languages)) && !inputs.isEmpty()) {
            return;
        }
        mapLanguages.clear();
        mapLanguages.addAll(languages);
        setPresentationValue(getValue());
    }

    @Override
    protected Text generateModelValue() {
        Map<String, String> words = new LinkedHashMap<>();
        inputs.forEach((tag, input) -> {
            String value = input.getValue();
            if (value != null && !value.isBlank()) {
                words.put(tag, value.strip());
            }
        });
        return words.isEmpty() ? null : new Text(words);
    }

    @Override
    protected void setPresentationValue(Text value) {
        Set<String> tags = new LinkedHashSet<>();
        if (value != null) {
            tags.addAll(value.languages());
        }
        tags.addAll(mapLanguages);
        rows.removeAll();
        inputs.clear();
        for (String tag : tags) {
            row(tag, value == null || !value.has(tag) ? "" : value.byLanguage().get(tag));
        }
    }

    private void row(String tag, String words) {
        Locale language = Locale.forLanguageTag(tag);
        String name = language.getDisplayLanguage(getLocale());
        HasValue<?, String> input;
        if (multiLine) {
            TextArea area = new TextArea();
            area.setValue(words);
            area.setAriaLabel(getLabel() + " (" + name + ")");
            area.setWidthFull();
            area.getElement().setAttribute("lang", tag);
            input = area;
            rows.add(line(tag, name, area));
        } else {
            TextField field = new TextField();
            field.setValue(words);
            field.setAriaLabel(getLabel() + " (" + name + ")");
            field.setWidthFull();
            field.getElement().setAttribute("lang", tag);
            input = field;
            rows.add(line(tag, name, field));
        }
        ((AbstractField<?, ?>) input).addValueChangeListener(event -> updateValue());
        inputs.put(tag, input);
    }

    private static Div line(String tag, String name, com.vaadin.flow.component.Component input) {
        Span label = new Span(tag);
        label.addClassName("ed-texts-tag");
        label.getElement().setAttribute("title", name);
        label.getElement().setAttribute("aria-hidden", "true");
        Div line = new Div(label, input);
        line.addClassName("ed-texts-row");
        return line;
    }

    private void addLanguage() {
        String tag = newLanguage.getValue().strip().toLowerCase(Locale.ROOT);
        if (!Text.TAG.matcher(tag).matches()) {
            newLanguage.setInvalid(true);
            newLanguage.setErrorMessage(getTranslation("edit.texts.badTag"));
            return;
        }
        newLanguage.setInvalid(false);
        newLanguage.clear();
        if (!inputs.containsKey(tag)) {
            row(tag, "");
        }
        ((com.vaadin.flow.component.Focusable<?>) inputs.get(tag)).focus();
    }

    /** The tags shown, in order; for tests. */
    List<String> shownLanguages() {
        return new ArrayList<>(inputs.keySet());
    }

    /** The input of one language; for tests and the form's keyboard path. */
    HasValue<?, String> input(String tag) {
        return inputs.get(tag);
    }
}
