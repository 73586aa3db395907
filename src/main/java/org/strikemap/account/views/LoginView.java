package org.strikemap.account.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strikemap.account.People;
import org.strikemap.account.SignInOptions;
import org.strikemap.i18n.Languages;
import org.strikemap.i18n.Messages;

/**
 * {@code /login}: sign in with a password (Vaadin's login form posting to Spring Security), with a passkey, or with
 * the newsroom's single sign-on when configured. Says why the last attempt failed, that the person signed out, and
 * when this address must wait after repeated failures (the refusal itself is a 429 page, account.SignInThrottle).
 * A signed-in person is sent on to the editor.
 */
@Route(LoginView.ROUTE)
@AnonymousAllowed
@JsModule("./account/passkeys.js")
@StyleSheet(AccountPage.STYLES)
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "login";
    public static final String PATH = "/" + ROUTE;
    public static final String ONE_TIME = "/login/ott";
    public static final String SIGNED_OUT = PATH + "?signed-out";

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private final SignInOptions options;
    private final People people;

    LoginView(SignInOptions options, People people) {
        this.options = options;
        this.people = people;
        addClassNames("sm-account", "sm-login");
        // In the page's language, so that a refusal (SignInThrottle's page) is in it too.
        form.setAction(ROUTE + "?" + Languages.PARAMETER + "=" + getLocale().getLanguage());
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(words());
        notice.addClassName("sm-notice");
        notice.setVisible(false);
        notice.getElement().setAttribute("role", "status");
        Button passkey = new Button(getTranslation("account.login.passkey"), click -> signInWithPasskey());
        passkey.setId("passkey-sign-in");
        passkey.setWidthFull();
        Div others = new Div(passkey);
        others.addClassName("sm-login-others");
        options.singleSignOn().ifPresent(name -> {
            Button sso = new Button(getTranslation("account.login.sso", "name", name),
                    click -> getUI().ifPresent(ui -> ui.getPage().setLocation(SignInOptions.SSO_START.substring(1))));
            sso.setId("sso-sign-in");
            sso.setWidthFull();
            sso.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            others.addComponentAsFirst(sso);
        });
        Div card = new Div(new H1("StrikeMap"), notice, form, others);
        card.addClassName("sm-login-card");
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.login.title") + " · StrikeMap";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (people.current().isPresent()) {
            event.forwardToUrl("/edit");
            return;
        }
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        form.setError(query.containsKey("error"));
        Optional<Duration> wait = options.waitHere();
        if (wait.isPresent()) {
            show(SignInOptions.refusal(Messages.of(getLocale()), wait.get()), true);
        } else if (query.containsKey("sso-error")) {
            show(getTranslation("account.login.ssoError"), true);
        } else if (query.containsKey("signed-out")) {
            show(getTranslation("account.login.signedOut"), false);
        }
    }

    private void show(String text, boolean problem) {
        notice.setText(text);
        notice.setVisible(true);
        notice.getElement().setAttribute("role", problem ? "alert" : "status");
        notice.setClassName("sm-notice-problem", problem);
    }

    private void signInWithPasskey() {
        Optional<Map<String, String>> csrf = PageCsrf.current();
        if (csrf.isEmpty()) {
            show(getTranslation("account.passkey.failed"), true);
            return;
        }
        getElement().executeJs("return window.strikemapPasskeys.signIn($0, {header: $1, token: $2})",
                AccountPage.contextPath(), csrf.get().get("header"), csrf.get().get("token"))
                .then(Ceremony.class, result -> {
                    if (!result.ok()) {
                        show(result.throttled() ? result.message() : result.waitWithoutMessage()
                                .map(wait -> SignInOptions.refusal(Messages.of(getLocale()), wait))
                                .orElse(getTranslation("account.passkey.failed")), true);
                    }
                }, failure -> show(getTranslation("account.passkey.failed"), true));
    }

    private LoginI18n words() {
        LoginI18n words = LoginI18n.createDefault();
        LoginI18n.Form fields = words.getForm();
        fields.setTitle(getTranslation("account.login.heading"));
        fields.setUsername(getTranslation("account.login.login"));
        fields.setPassword(getTranslation("account.login.password"));
        fields.setSubmit(getTranslation("account.login.submit"));
        LoginI18n.ErrorMessage error = words.getErrorMessage();
        error.setTitle(getTranslation("account.login.errorTitle"));
        error.setMessage(getTranslation("account.login.error"));
        return words;
    }
}
