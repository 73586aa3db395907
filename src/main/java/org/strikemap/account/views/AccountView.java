package org.strikemap.account.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.strikemap.account.ApiTokens;
import org.strikemap.account.Editor;
import org.strikemap.account.InvalidEntry;
import org.strikemap.account.Passkeys;
import org.strikemap.account.People;
import org.strikemap.account.Person;
import org.strikemap.account.Requires;
import org.strikemap.account.Right;

/**
 * {@code /edit/account}: the signed-in person's own account: who they are and which maps are theirs, their password,
 * their passkeys (add one with the browser's passkey dialog, remove one) and their API tokens (see
 * {@link TokenSection}), and signing out.
 */
@Route(AccountView.ROUTE)
@Requires(Right.SIGNED_IN)
@JsModule("./account/passkeys.js")
@StyleSheet(AccountPage.STYLES)
public class AccountView extends Main implements HasDynamicTitle {

    static final String ROUTE = "edit/account";

    private final Passkeys passkeys;
    private final Editor me;
    private final PasskeyGrid passkeyGrid;

    AccountView(People people, Passkeys passkeys, ApiTokens tokens, AuthenticationContext authentication) {
        this.passkeys = passkeys;
        Person person = people.signedIn().orElseThrow();
        this.me = person.editor();
        addClassName("sm-account");
        add(new EditorBar(getTranslation("account.page.title"), people, authentication));
        Div content = new Div();
        content.addClassName("sm-account-content");
        content.add(new H1(person.name()), facts(person));

        content.add(new H2(getTranslation("account.password.heading")));
        content.add(new Paragraph(getTranslation(person.standing().hasPassword() ? "account.password.set"
                : "account.password.none")));
        content.add(new RouterLink(getTranslation("account.password.change"), PasswordView.class));

        content.add(new H2(getTranslation("account.passkey.heading")));
        content.add(new Paragraph(getTranslation("account.passkey.explain")));
        passkeyGrid = new PasskeyGrid(this, passkeys, me);
        TextField label = new TextField(getTranslation("account.passkey.label"));
        label.setId("passkey-label");
        label.setMaxLength(100);
        Button add = new Button(getTranslation("account.passkey.add"), click -> register(label));
        add.setId("passkey-add");
        Div adding = new Div(label, add);
        adding.addClassName("sm-inline-form");
        content.add(adding, passkeyGrid);

        content.add(new TokenSection(this, tokens, me));
        add(content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.page.title") + " · StrikeMap";
    }

    private Div facts(Person person) {
        Div facts = new Div();
        facts.addClassName("sm-facts");
        facts.add(new Paragraph(getTranslation("account.you.login", "login", person.login())));
        if (person.email() != null) {
            facts.add(new Paragraph(getTranslation("account.you.email", "email", person.email())));
        }
        if (person.admin()) {
            facts.add(new Paragraph(getTranslation("account.you.admin")));
        }
        Map<String, String> roles = person.roles().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> getTranslation("account.role." + entry.getValue().name().toLowerCase())));
        facts.add(new Paragraph(roles.isEmpty() ? getTranslation("account.you.noMaps")
                : getTranslation("account.you.maps", "maps", roles.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(entry -> entry.getKey() + " (" + entry.getValue() + ")").collect(Collectors.joining(", ")))));
        return facts;
    }

    private void register(TextField label) {
        Optional<String> problem = org.strikemap.account.AccountRules.labelProblem(label.getValue());
        if (problem.isPresent()) {
            label.setInvalid(true);
            label.setErrorMessage(getTranslation(problem.get()));
            return;
        }
        label.setInvalid(false);
        Optional<Map<String, String>> csrf = PageCsrf.current();
        if (csrf.isEmpty()) {
            failed(getTranslation("account.passkey.addFailed"));
            return;
        }
        getElement().executeJs("return window.strikemapPasskeys.register($0, {header: $1, token: $2}, $3)",
                AccountPage.contextPath(), csrf.get().get("header"), csrf.get().get("token"), label.getValue().strip())
                .then(Ceremony.class, result -> {
                    if (result.ok()) {
                        passkeys.added(me);
                        label.clear();
                        passkeyGrid.refresh();
                        Notification.show(getTranslation("account.passkey.added")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    } else {
                        failed(getTranslation("account.passkey.addFailed"));
                    }
                }, error -> failed(getTranslation("account.passkey.addFailed")));
    }

    void failed(String message) {
        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    void refused(InvalidEntry refused) {
        failed(AccountPage.reason(this, refused));
    }

    static ButtonVariant[] small() {
        return new ButtonVariant[] {ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY};
    }
}
