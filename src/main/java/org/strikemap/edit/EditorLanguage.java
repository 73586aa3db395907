package org.strikemap.edit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Optional;
import org.strikemap.i18n.Languages;

/**
 * The editor's interface language: {@code ?lang=} chooses it and the person's session keeps it for every editor page
 * after; without either, the browser's Accept-Language (i18n.Languages). Limits: the interface's languages only (a
 * map's data languages are edited, not spoken by the interface).
 */
final class EditorLanguage {

    private static final String SESSION_KEY = EditorLanguage.class.getName();

    private EditorLanguage() {
    }

    /** Chooses the language for the page being entered and gives it to the UI; returns it. */
    static Locale apply(BeforeEnterEvent event) {
        Optional<Locale> asked = event.getLocation().getQueryParameters().getSingleParameter(Languages.PARAMETER)
                .flatMap(Languages::named);
        VaadinSession session = VaadinSession.getCurrent();
        asked.ifPresent(locale -> session.setAttribute(SESSION_KEY, locale));
        Locale kept = (Locale) session.getAttribute(SESSION_KEY);
        Locale locale = asked.orElseGet(() -> kept != null ? kept : fromBrowser());
        UI.getCurrent().setLocale(locale);
        return locale;
    }

    private static Locale fromBrowser() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return Languages.accepted(request == null ? null : request.getHeader("Accept-Language")).orElse(Languages.ENGLISH);
    }
}
