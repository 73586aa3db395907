package org.strikemap.account.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.strikemap.account.Editor;
import org.strikemap.account.InvalidEntry;
import org.strikemap.account.Invitation;
import org.strikemap.account.MapRole;
import org.strikemap.account.People;
import org.strikemap.account.Person;
import org.strikemap.dataset.Datasets;
import org.strikemap.dataset.LoadedDataset;

/**
 * The people page's panel for the selected person: their role on each map (change, take away, give one on another
 * map), a new one-time sign-in link, admin or not, and revoking their access (asked for twice). A revoked person is
 * shown, not changed.
 */
final class PersonPanel extends Div {

    private final PeopleView page;
    private final People people;
    private final Datasets maps;
    private final Editor admin;

    PersonPanel(PeopleView page, People people, Datasets maps, Editor admin) {
        this.page = page;
        this.people = people;
        this.maps = maps;
        this.admin = admin;
        setId("person");
        addClassName("sm-person-panel");
        show(null);
    }

    void show(Person person) {
        removeAll();
        if (person == null) {
            add(new Paragraph(getTranslation("account.person.choose")));
            return;
        }
        add(new H2(person.name()), new Paragraph(person.login() + (person.email() == null ? "" : " · " + person.email())));
        if (!person.active()) {
            add(new Paragraph(getTranslation("account.people.revoked")));
            return;
        }
        add(new H3(getTranslation("account.person.roles")), roles(person), giving(person));
        TextField link = new TextField(getTranslation("account.invite.link"));
        link.setId("person-link");
        link.setReadOnly(true);
        link.setWidthFull();
        link.setVisible(false);
        Button newLink = new Button(getTranslation("account.person.newLink"), click -> act(person, () -> {
            Invitation invitation = people.signInLink(admin, person.id());
            link.setValue(invitation.link());
            link.setHelperText(getTranslation("account.invite.expires", "until", AccountPage.time(this, invitation.expires())));
            link.setVisible(true);
        }, false));
        newLink.setId("person-new-link");
        Button adminButton = person.admin()
                ? new Button(getTranslation("account.person.withdrawAdmin"), click -> act(person, () -> people.withdrawAdmin(admin, person.id()), true))
                : new Button(getTranslation("account.person.makeAdmin"), click -> act(person, () -> people.makeAdmin(admin, person.id()), true));
        adminButton.setId("person-admin");
        Button revoke = new Button(getTranslation("account.person.revoke"), click -> confirmRevoke(person));
        revoke.setId("person-revoke");
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div actions = new Div(newLink, adminButton, revoke);
        actions.addClassName("sm-actions-row");
        add(new H3(getTranslation("account.person.access")), actions, link);
    }

    private Grid<Map.Entry<String, MapRole>> roles(Person person) {
        Grid<Map.Entry<String, MapRole>> grid = new Grid<>();
        grid.setId("person-roles");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(Map.Entry::getKey).setHeader(getTranslation("account.person.map")).setFlexGrow(2);
        grid.addComponentColumn(entry -> {
            Select<MapRole> role = roleSelect();
            role.setValue(entry.getValue());
            role.setAriaLabel(getTranslation("account.person.roleOn", "map", entry.getKey()));
            role.addValueChangeListener(change -> {
                if (change.isFromClient() && change.getValue() != null) {
                    act(person, () -> people.grant(admin, person.id(), entry.getKey(), change.getValue()), true);
                }
            });
            return role;
        }).setHeader(getTranslation("account.person.role"));
        grid.addComponentColumn(entry -> {
            Button remove = new Button(getTranslation("account.person.takeAway"),
                    click -> act(person, () -> people.withdraw(admin, person.id(), entry.getKey()), true));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            remove.getElement().setAttribute("aria-label", getTranslation("account.person.takeAwayOn", "map", entry.getKey()));
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(List.copyOf(new java.util.TreeMap<>(person.roles()).entrySet()));
        grid.setEmptyStateText(getTranslation(person.admin() ? "account.people.allMaps" : "account.person.noRoles"));
        return grid;
    }

    private Div giving(Person person) {
        TreeSet<String> slugs = new TreeSet<>();
        maps.all().stream().map(LoadedDataset::slug).forEach(slugs::add);
        slugs.removeAll(person.roles().keySet());
        ComboBox<String> map = new ComboBox<>(getTranslation("account.person.map"), slugs);
        map.setId("grant-map");
        map.setAllowCustomValue(true);
        map.addCustomValueSetListener(custom -> map.setValue(custom.getDetail()));
        Select<MapRole> role = roleSelect();
        role.setId("grant-role");
        role.setLabel(getTranslation("account.person.role"));
        role.setValue(MapRole.EDITOR);
        Button give = new Button(getTranslation("account.person.give"), click -> {
            if (map.getValue() == null || map.getValue().isBlank()) {
                map.setInvalid(true);
                map.setErrorMessage(getTranslation("account.rule.map"));
                return;
            }
            act(person, () -> people.grant(admin, person.id(), map.getValue(), role.getValue()), true);
        });
        give.setId("grant");
        Div giving = new Div(map, role, give);
        giving.addClassName("sm-inline-form");
        return giving;
    }

    private Select<MapRole> roleSelect() {
        Select<MapRole> role = new Select<>();
        role.setItems(MapRole.values());
        role.setItemLabelGenerator(value -> getTranslation("account.role." + value.name().toLowerCase()));
        return role;
    }

    private void confirmRevoke(Person person) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-revoke");
        confirm.setHeader(getTranslation("account.person.revokeTitle", "name", person.name()));
        confirm.setText(getTranslation("account.person.revokeText"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("account.cancel"));
        confirm.setConfirmText(getTranslation("account.person.revoke"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> act(person, () -> people.revoke(admin, person.id()), true));
        confirm.open();
    }

    /** Runs an admin's change; on success reads everyone again (if {@code reread}), else says why it was refused. */
    private void act(Person person, Runnable change, boolean reread) {
        try {
            change.run();
            if (reread) {
                page.refresh(person.id());
            }
        } catch (InvalidEntry refused) {
            Notification.show(AccountPage.reason(this, refused)).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
