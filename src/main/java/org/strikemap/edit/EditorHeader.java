package org.strikemap.edit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.strikemap.account.Editor;
import org.strikemap.i18n.Languages;

/**
 * The editor's top bar: where the person is ({@code crumb}), the page's actions, the interface languages as links
 * that reload the page in the other, and who is signed in. Wraps below 700 px: the crumb on its own line, the
 * actions under it.
 */
final class EditorHeader extends Header {

    private final Div actions = new Div();

    EditorHeader(Component crumb, Editor who) {
        addClassName("ed-header");
        actions.addClassName("ed-actions");
        Div person = new Div(languages(), new Span(getTranslation("edit.signedInAs", "name", who.name())));
        person.addClassName("ed-person");
        crumb.addClassName("ed-crumb");
        add(crumb, actions, person);
    }

    void addActions(Component... components) {
        actions.add(components);
    }

    private Component languages() {
        Div links = new Div();
        links.addClassName("ed-lang");
        links.getElement().setAttribute("role", "group");
        links.getElement().setAttribute("aria-label", getTranslation("page.language"));
        for (Locale locale : Languages.ALL) {
            String tag = Languages.tag(locale);
            Anchor link = new Anchor("?" + Languages.PARAMETER + "=" + tag, tag.toUpperCase(Locale.ROOT));
            link.getElement().setAttribute("router-ignore", true).setAttribute("hreflang", tag).setAttribute("lang", tag)
                    .setAttribute("title", locale.getDisplayLanguage(locale));
            if (tag.equals(getLocale().getLanguage())) {
                link.getElement().setAttribute("aria-current", "true");
            }
            links.add(link);
        }
        return links;
    }
}
