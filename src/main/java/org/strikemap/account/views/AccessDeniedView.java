package org.strikemap.account.views;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a signed-in person sees on opening an editor's page that is not theirs (account.ViewAccess denied it): 403,
 * one sentence and the way back to the editor. Says nothing of why (a map's existence is no one's business here).
 */
@StyleSheet(AccountPage.STYLES)
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView() {
        addClassNames("sm-account", "sm-login");
        setId("access-denied");
        Anchor back = new Anchor("edit", getTranslation("account.denied.back"));
        back.setRouterIgnore(true);
        Div card = new Div(new H1(getTranslation("account.denied.title")), new Paragraph(getTranslation("account.denied.text")),
                new Paragraph(back));
        card.addClassName("sm-login-card");
        add(card);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
