package org.strikemap.account.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import java.util.Optional;
import org.strikemap.account.AccountRules;
import org.strikemap.account.Editor;
import org.strikemap.account.InvalidEntry;
import org.strikemap.account.Invitation;
import org.strikemap.account.NewPerson;
import org.strikemap.account.People;

/**
 * Inviting a person: their login, name and optional e-mail address (account.AccountRules checks each as it is
 * typed); then the one-time link to pass on, shown once with until when it works. The person has no rights until
 * an admin gives them maps.
 */
final class InviteDialog extends Dialog {

    /** The form's value. */
    static final class Entry {
        private String login = "";
        private String name = "";
        private String email = "";
    }

    InviteDialog(PeopleView page, People people, Editor admin) {
        setHeaderTitle(getTranslation("account.invite.title"));
        setId("invite-dialog");
        TextField login = new TextField(getTranslation("account.people.login"));
        login.setId("invite-login");
        login.setHelperText(getTranslation("account.invite.loginHelp"));
        TextField name = new TextField(getTranslation("account.people.name"));
        name.setId("invite-name");
        EmailField email = new EmailField(getTranslation("account.invite.email"));
        email.setId("invite-email");
        email.setHelperText(getTranslation("account.invite.emailHelp"));
        Binder<Entry> binder = new Binder<>();
        binder.forField(login).withValidator((value, context) -> result(AccountRules.loginProblem(value)))
                .bind(entry -> entry.login, (entry, value) -> entry.login = value);
        binder.forField(name).withValidator((value, context) -> result(AccountRules.nameProblem(value)))
                .bind(entry -> entry.name, (entry, value) -> entry.name = value);
        binder.forField(email).withValidator((value, context) -> result(AccountRules.emailProblem(value)))
                .bind(entry -> entry.email, (entry, value) -> entry.email = value);
        binder.setBean(new Entry());
        FormLayout form = new FormLayout(login, name, email);
        TextField link = new TextField(getTranslation("account.invite.link"));
        link.setId("invite-link");
        link.setReadOnly(true);
        link.setWidthFull();
        link.setVisible(false);
        Paragraph expires = new Paragraph();
        expires.setVisible(false);
        Paragraph problem = new Paragraph();
        problem.setId("invite-problem");
        problem.addClassName("sm-notice-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        Button invite = new Button(getTranslation("account.people.invite"));
        invite.setId("invite-send");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button close = new Button(getTranslation("account.close"), click -> close());
        invite.addClickListener(click -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                Invitation invitation = people.invite(admin, new NewPerson(login.getValue(), name.getValue(), email.getValue()));
                link.setValue(invitation.link());
                link.setVisible(true);
                expires.setText(getTranslation("account.invite.expires", "until", AccountPage.time(this, invitation.expires())));
                expires.setVisible(true);
                form.setVisible(false);
                invite.setVisible(false);
                link.focus();
                page.refresh(null);
            } catch (InvalidEntry refused) {
                problem.setText(AccountPage.reason(this, refused));
                problem.setVisible(true);
            }
        });
        add(problem, form, link, expires);
        getFooter().add(close, invite);
        setWidth("min(560px, 100vw)");
    }

    private ValidationResult result(Optional<String> problem) {
        return problem.map(key -> ValidationResult.error(getTranslation(key))).orElse(ValidationResult.ok());
    }
}
