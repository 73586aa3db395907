package org.strikemap.account;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Optional;
import org.strikemap.i18n.Languages;

/**
 * The interface language of a signed-in person's pages (the account's and the editor's): {@code ?lang=} chooses it and
 * the session keeps it for every such page after, so a language chosen on the sign-in page holds in the editor; without
 * either, the browser's Accept-Language ({@link Languages}). {@code <html lang>} follows. Limits: the interface's
 * languages only; readers' pages (and the editor's preview, which shows a map as readers see it) choose by ?lang= and
 * the map's own languages.
 */
public final class InterfaceLanguage {

    private static final String SESSION_KEY = InterfaceLanguage.class.getName();

    private InterfaceLanguage() {
    }

    /** Chooses the language of the page {@code event} enters and gives it to its UI; returns it. */
    public static Locale apply(BeforeEnterEvent event) {
        Optional<Locale> asked = event.getLocation().getQueryParameters().getSingleParameter(Languages.PARAMETER)
                .flatMap(Languages::named);
        VaadinSession session = VaadinSession.getCurrent();
        asked.ifPresent(locale -> session.setAttribute(SESSION_KEY, locale));
        Locale kept = (Locale) session.getAttribute(SESSION_KEY);
        Locale locale = asked.orElseGet(() -> kept != null ? kept : fromBrowser());
        UI ui = event.getUI();
        ui.setLocale(locale);
        ui.getElement().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
        return locale;
    }

    private static Locale fromBrowser() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return Languages.accepted(request == null ? null : request.getHeader("Accept-Language")).orElse(Languages.ENGLISH);
    }
}
