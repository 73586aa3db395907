package org.strikemap.account.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Objects;
import org.strikemap.account.AccountRules;
import org.strikemap.account.InvalidEntry;
import org.strikemap.account.People;
import org.strikemap.account.Person;
import org.strikemap.account.Requires;
import org.strikemap.account.Right;

/**
 * {@code /edit/account/password}: the signed-in person sets their password, typed twice; the rule
 * (account.AccountRules) is checked as they type and again by the service. Where a one-time link (an invitation)
 * lands a person who has none yet.
 */
@Route(PasswordView.ROUTE)
@Requires(Right.SIGNED_IN)
@StyleSheet(AccountPage.STYLES)
public class PasswordView extends Main implements HasDynamicTitle {

    static final String ROUTE = "edit/account/password";

    /** The form's value: the password, typed twice. */
    static final class Entry {
        private String password = "";
        private String repeated = "";
    }

    private final boolean first;

    PasswordView(People people, AuthenticationContext authentication) {
        Person person = people.signedIn().orElseThrow();
        first = !person.standing().hasPassword();
        addClassName("sm-account");
        add(new EditorBar(getTranslation("account.page.title"), people, authentication));
        PasswordField password = new PasswordField(getTranslation("account.password.new"));
        password.setId("new-password");
        password.setHelperText(getTranslation("account.password.rule", "min", AccountRules.MIN_PASSWORD));
        password.setValueChangeMode(ValueChangeMode.LAZY);
        PasswordField repeated = new PasswordField(getTranslation("account.password.repeat"));
        repeated.setId("repeat-password");
        repeated.setValueChangeMode(ValueChangeMode.LAZY);
        Binder<Entry> binder = new Binder<>();
        binder.forField(password)
                .withValidator((value, context) -> AccountRules.passwordProblem(value, person.login())
                        .map(key -> ValidationResult.error(getTranslation(key))).orElse(ValidationResult.ok()))
                .bind(entry -> entry.password, (entry, value) -> entry.password = value);
        binder.forField(repeated)
                .withValidator((value, context) -> Objects.equals(value, password.getValue()) ? ValidationResult.ok()
                        : ValidationResult.error(getTranslation("account.password.mismatch")))
                .bind(entry -> entry.repeated, (entry, value) -> entry.repeated = value);
        binder.setBean(new Entry());
        Button save = new Button(getTranslation("account.password.save"), click -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                people.setPassword(person.editor(), password.getValue());
                Notification.show(getTranslation("account.password.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(AccountView.class));
            } catch (InvalidEntry refused) {
                password.setInvalid(true);
                password.setErrorMessage(AccountPage.reason(this, refused));
            }
        });
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        FormLayout form = new FormLayout(password, repeated);
        form.setMaxWidth("520px");
        Div content = new Div(new H1(getTranslation(first ? "account.password.firstHeading" : "account.password.heading")),
                new Paragraph(getTranslation(first ? "account.password.firstExplain" : "account.password.explain",
                        "login", person.login())), form, save);
        content.addClassName("sm-account-content");
        add(content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(first ? "account.password.firstHeading" : "account.password.heading") + " · StrikeMap";
    }
}
