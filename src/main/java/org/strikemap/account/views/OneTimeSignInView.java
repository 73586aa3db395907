package org.strikemap.account.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /login/ott?token=…}: where a one-time sign-in link (an invitation, the first admin's link, a new link from an
 * admin) opens. Opening it uses nothing up, so a link preview or a mail scanner that fetches it does no harm; the
 * button posts the token to Spring Security's one-time-token sign-in ({@code POST /login/ott}, with the session's
 * CSRF token), which uses it up and then asks a person without a password to set one. {@code ?invalid}: the link
 * was used or has expired.
 */
@Route(OneTimeSignInView.ROUTE)
@AnonymousAllowed
@StyleSheet(AccountPage.STYLES)
public class OneTimeSignInView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "login/ott";

    private final Paragraph text = new Paragraph();
    private final Button signIn = new Button();
    private String token;

    OneTimeSignInView() {
        addClassNames("sm-account", "sm-login");
        signIn.setText(getTranslation("account.link.signIn"));
        signIn.setId("one-time-sign-in");
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signIn.addClickListener(click -> submit());
        Anchor login = new Anchor(LoginView.ROUTE, getTranslation("account.link.toLogin"));
        Div card = new Div(new H1("StrikeMap"), text, signIn, new Paragraph(login));
        card.addClassName("sm-login-card");
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.link.title") + " · StrikeMap";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, java.util.List<String>> query = event.getLocation().getQueryParameters().getParameters();
        token = Optional.ofNullable(query.get("token")).filter(values -> values.size() == 1).map(values -> values.get(0))
                .filter(value -> value.matches("[0-9a-fA-F-]{36}")).orElse(null);
        boolean invalid = query.containsKey("invalid") || token == null;
        text.setText(getTranslation(invalid ? "account.link.invalid" : "account.link.explain"));
        text.getElement().setAttribute("role", invalid ? "alert" : "status");
        signIn.setVisible(!invalid);
    }

    private void submit() {
        Optional<Map<String, String>> csrf = PageCsrf.current();
        if (token == null || csrf.isEmpty()) {
            return;
        }
        // A plain form post, as Spring Security's own one-time-token page sends it.
        getElement().executeJs("const form = document.createElement('form');"
                + "form.method = 'post'; form.action = $0;"
                + "for (const [name, value] of [['token', $1], [$2, $3]]) {"
                + "  const input = document.createElement('input'); input.type = 'hidden';"
                + "  input.name = name; input.value = value; form.appendChild(input); }"
                + "document.body.appendChild(form); form.submit();",
                AccountPage.contextPath() + LoginView.ONE_TIME, token, csrf.get().get("parameter"), csrf.get().get("token"));
    }
}
