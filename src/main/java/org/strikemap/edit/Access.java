package org.strikemap.edit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What an editor page shows instead of itself to someone it is not for: nobody signed in (a link to sign in; the
 * security configuration normally sends them there first), or a person without the map (a plain refusal).
 */
final class Access {

    /** Where the account package signs people in. */
    static final String SIGN_IN = "login";

    private Access() {
    }

    static Component signInNeeded(Component in) {
        Div page = page(in.getTranslation("edit.access.signIn"));
        page.add(new Anchor(SIGN_IN, in.getTranslation("edit.access.signInLink")));
        return page;
    }

    static Component refused(Component in, String reason) {
        Div page = page(in.getTranslation("edit.access.refused"));
        page.add(new Paragraph(reason));
        page.add(new Anchor(MapsView.PATH, in.getTranslation("edit.maps.back")));
        return page;
    }

    private static Div page(String title) {
        Div page = new Div(new H1(title));
        page.addClassName("ed-access");
        page.getElement().setAttribute("role", "main");
        return page;
    }
}
