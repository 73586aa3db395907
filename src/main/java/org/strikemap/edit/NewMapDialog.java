package org.strikemap.edit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.strikemap.account.Editor;
import org.strikemap.account.NotAllowed;
import org.strikemap.draft.DraftService;
import org.strikemap.draft.NewMap;
import org.strikemap.draft.RecordRefused;
import org.strikemap.i18n.Languages;
import org.strikemap.i18n.Text;
import org.strikemap.region.Area;

/**
 * "New map": its title (in the language the map is written in), its slug (its address, suggested from the title),
 * its area (the countries whose regions the boundary library holds; none is allowed: strikes over country outlines).
 * It first looks at its area's extent; the view is then among the map's own words. Only admins make maps (the
 * service says so to anyone else); the workspace opens on the new map. Limits: no period is asked for: a map's period
 * is its strikes' dates.
 */
final class NewMapDialog extends Dialog {

    NewMapDialog(DraftService drafts, Editor me, Consumer<String> created) {
        setHeaderTitle(getTranslation("edit.maps.new"));
        setWidth("min(640px, 96vw)");
        TextField title = new TextField(getTranslation("edit.field.title"));
        Select<String> language = new Select<>();
        language.setLabel(getTranslation("edit.newMap.language"));
        language.setItems(Languages.ALL.stream().map(Languages::tag).toList());
        language.setItemLabelGenerator(tag -> Locale.forLanguageTag(tag).getDisplayLanguage(getLocale()));
        language.setValue(getLocale().getLanguage());
        TextField slug = new TextField(getTranslation("edit.newMap.slug"));
        slug.setHelperText(getTranslation("edit.newMap.slugHint"));
        MultiSelectComboBox<String> area = new MultiSelectComboBox<>(getTranslation("edit.field.area"));
        area.setItems(drafts.areaCountries());
        area.setItemLabelGenerator(code -> Locale.of("", code).getDisplayCountry(getLocale()) + " (" + code + ")");
        area.setHelperText(getTranslation("edit.newMap.areaHint"));
        title.addValueChangeListener(event -> {
            if (slug.isEmpty() || slug.getValue().equals(IdSuggestion.suggest(event.getOldValue(), null, "", Set.of()))) {
                slug.setValue(IdSuggestion.suggest(event.getValue(), null, "", Set.of()));
            }
        });
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        form.add(title, 2);
        form.add(language, slug);
        form.add(area, 2);
        add(form);

        Button cancel = new Button(getTranslation("edit.cancel"), event -> close());
        Button make = new Button(getTranslation("edit.newMap.create"), event -> {
            if (title.getValue().isBlank() || slug.getValue().isBlank()) {
                title.setInvalid(title.getValue().isBlank());
                slug.setInvalid(slug.getValue().isBlank());
                title.setErrorMessage(getTranslation("edit.required"));
                slug.setErrorMessage(getTranslation("edit.required"));
                OpenMap.alert(getTranslation("edit.form.invalid"));
                return;
            }
            String made;
            try {
                Area chosen = new Area(new ArrayList<>(area.getSelectedItems()));
                made = drafts.create(new NewMap(slug.getValue().strip(), Text.of(language.getValue(), title.getValue().strip()),
                        chosen, drafts.viewOf(chosen)), me);
            } catch (IllegalArgumentException | RecordRefused | NotAllowed refused) {
                OpenMap.alert(refused.getMessage());
                return;
            }
            close();
            created.accept(made);
        });
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, make);
    }
}
