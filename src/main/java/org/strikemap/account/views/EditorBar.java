package org.strikemap.account.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.strikemap.account.Editor;
import org.strikemap.account.People;

/**
 * The bar over the account's pages: where one is ("StrikeMap · People"), the way to the editor's maps, one's own
 * account, the people and the audit log for admins, and signing out (Spring Security's logout: the session ends).
 */
final class EditorBar extends Header {

    EditorBar(String title, People people, AuthenticationContext authentication) {
        addClassName("sm-editor-bar");
        Span where = new Span("StrikeMap · " + title);
        where.addClassName("sm-editor-title");
        Nav links = new Nav();
        links.addClassName("sm-editor-links");
        links.getElement().setAttribute("aria-label", getTranslation("account.bar.label"));
        Anchor maps = new Anchor("edit", getTranslation("account.bar.maps"));
        maps.setRouterIgnore(true);
        links.add(maps, new RouterLink(getTranslation("account.bar.account"), AccountView.class));
        Editor me = people.current().orElse(null);
        if (me != null && people.isAdmin(me)) {
            links.add(new RouterLink(getTranslation("account.bar.people"), PeopleView.class),
                    new RouterLink(getTranslation("account.bar.audit"), AuditView.class));
        }
        Button signOut = new Button(getTranslation("account.bar.signOut"), click -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Span who = new Span(me == null ? "" : me.name());
        who.addClassName("sm-editor-who");
        add(where, links, who, signOut);
    }
}
