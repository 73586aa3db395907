package org.strikemap.account.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Map;
import java.util.stream.Collectors;
import org.strikemap.account.Editor;
import org.strikemap.account.People;
import org.strikemap.account.Person;
import org.strikemap.account.Requires;
import org.strikemap.account.Right;
import org.strikemap.dataset.Datasets;

/**
 * {@code /edit/people}, for admins: everyone who may sign in (or whose access was revoked), inviting a person with a
 * one-time link ({@link InviteDialog}), and for the selected person their role on each map, a new sign-in link,
 * admin or not, and revoking their access ({@link PersonPanel}). Every change goes through account.People, which
 * writes it to the audit log.
 */
@Route(PeopleView.ROUTE)
@Requires(Right.ADMIN)
@StyleSheet(AccountPage.STYLES)
public class PeopleView extends Main implements HasDynamicTitle {

    static final String ROUTE = "edit/people";

    private final People people;
    private final Editor admin;
    private final Grid<Person> grid = new Grid<>();
    private final PersonPanel panel;

    PeopleView(People people, Datasets maps, AuthenticationContext authentication) {
        this.people = people;
        this.admin = people.current().orElseThrow();
        addClassName("sm-account");
        add(new EditorBar(getTranslation("account.people.title"), people, authentication));
        panel = new PersonPanel(this, people, maps, admin);
        Button invite = new Button(getTranslation("account.people.invite"),
                click -> new InviteDialog(this, people, admin).open());
        invite.setId("invite");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div tools = new Div(new H1(getTranslation("account.people.title")), invite);
        tools.addClassName("sm-toolbar");
        grid.setId("people");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Person::name).setHeader(getTranslation("account.people.name")).setSortable(true).setFlexGrow(2);
        grid.addColumn(Person::login).setHeader(getTranslation("account.people.login")).setSortable(true).setFlexGrow(2);
        grid.addColumn(this::roles).setHeader(getTranslation("account.people.maps")).setFlexGrow(3);
        grid.addColumn(this::standing).setHeader(getTranslation("account.people.standing")).setFlexGrow(1);
        grid.asSingleSelect().addValueChangeListener(change -> panel.show(change.getValue()));
        grid.setMinHeight("240px");
        Div split = new Div(grid, panel);
        split.addClassName("sm-split");
        Div content = new Div(tools, split);
        content.addClassName("sm-account-content");
        add(content);
        refresh(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.people.title") + " · StrikeMap";
    }

    /** Reads everyone again and selects the person with {@code selected}'s id (null: nobody). */
    void refresh(Long selected) {
        var everyone = people.accounts(admin);
        grid.setItems(everyone);
        Person again = selected == null ? null : everyone.stream().filter(person -> person.id() == selected).findFirst()
                .orElse(null);
        if (again != null) {
            grid.select(again);
        } else {
            grid.deselectAll();
        }
        panel.show(again);
    }

    private String roles(Person person) {
        String maps = person.roles().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey() + ": " + getTranslation("account.role." + entry.getValue().name().toLowerCase()))
                .collect(Collectors.joining(", "));
        return person.admin() ? getTranslation("account.people.allMaps") + (maps.isEmpty() ? "" : "; " + maps) : maps;
    }

    private String standing(Person person) {
        if (!person.active()) {
            return getTranslation("account.people.revoked");
        }
        return getTranslation(person.standing().hasPassword() ? "account.people.active" : "account.people.noPassword");
    }
}
