package org.strikemap.edit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import org.strikemap.account.Editor;
import org.strikemap.account.MapRole;
import org.strikemap.account.NotAllowed;
import org.strikemap.account.People;

/**
 * For admins: who may edit and who may review one map. Lists each person's role with a way to take it away, and
 * grants a role to anyone with an account (People.grant; the account package logs each change).
 */
final class GrantsDialog extends Dialog {

    private final People people;
    private final Editor admin;
    private final String slug;
    private final Grid<People.Grant> grid = new Grid<>();

    GrantsDialog(People people, Editor admin, String slug, String title) {
        this.people = people;
        this.admin = admin;
        this.slug = slug;
        setHeaderTitle(getTranslation("edit.grants.title", "title", title));
        setWidth("min(720px, 96vw)");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(grant -> grant.person().name()).setHeader(getTranslation("edit.grants.person"));
        grid.addColumn(grant -> role(grant.role())).setHeader(getTranslation("edit.grants.role"));
        grid.addComponentColumn(grant -> {
            Button remove = new Button(getTranslation("edit.grants.remove"), event -> change(
                    () -> people.withdraw(admin, grant.person().id(), slug)));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("edit.grants.removeNamed", "name", grant.person().name()));
            return remove;
        });
        grid.setAllRowsVisible(true);

        ComboBox<Editor> person = new ComboBox<>(getTranslation("edit.grants.person"));
        person.setItems(people.everyone(admin));
        person.setItemLabelGenerator(Editor::name);
        Select<MapRole> role = new Select<>();
        role.setLabel(getTranslation("edit.grants.role"));
        role.setItems(MapRole.values());
        role.setItemLabelGenerator(this::role);
        role.setValue(MapRole.EDITOR);
        role.setWidth("18rem");
        Button grant = new Button(getTranslation("edit.grants.grant"), event -> {
            if (person.getValue() == null) {
                person.setInvalid(true);
                person.setErrorMessage(getTranslation("edit.required"));
                return;
            }
            change(() -> people.grant(admin, person.getValue().id(), slug, role.getValue()));
            person.clear();
        });
        grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div adding = new Div(person, role, grant);
        adding.addClassName("ed-grant-add");
        add(grid, adding);
        getFooter().add(new Button(getTranslation("edit.close"), event -> close()));
        refresh();
    }

    private void change(Runnable call) {
        try {
            call.run();
        } catch (NotAllowed | IllegalArgumentException refused) {
            OpenMap.alert(refused.getMessage());
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(people.grants(admin, slug));
    }

    private String role(MapRole role) {
        return getTranslation("edit.role." + role.name().toLowerCase(Locale.ROOT));
    }
}
