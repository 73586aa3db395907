package org.strikemap.account.views;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.strikemap.i18n.Languages;

/**
 * The language of the account's pages (sign-in, one-time link, account, password, people, audit, access denied):
 * {@code ?lang=} chooses it and the session keeps it for the account's pages after; without either, the browser's
 * Accept-Language ({@link Languages}). Chosen by a listener of the UI, which Vaadin runs before it makes the page, so
 * every word of the page is in it; {@code <html lang>} follows. Limits: the interface's languages only; pages of
 * other packages choose their own (readers' pages by ?lang= and the map's languages).
 */
@Component
class PageLanguage implements VaadinServiceInitListener {

    private static final String SESSION_KEY = PageLanguage.class.getName();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(PageLanguage::apply));
    }

    /** The language of {@code event}'s page, given to the UI, if the page is one of the account's. */
    static void apply(BeforeEnterEvent event) {
        if (!event.getNavigationTarget().getPackageName().equals(PageLanguage.class.getPackageName())) {
            return;
        }
        Optional<Locale> asked = event.getLocation().getQueryParameters().getSingleParameter(Languages.PARAMETER)
                .flatMap(Languages::named);
        VaadinSession session = VaadinSession.getCurrent();
        asked.ifPresent(locale -> session.setAttribute(SESSION_KEY, locale));
        Locale kept = (Locale) session.getAttribute(SESSION_KEY);
        Locale locale = asked.orElseGet(() -> kept != null ? kept : fromBrowser());
        UI ui = event.getUI();
        ui.setLocale(locale);
        ui.getElement().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
    }

    private static Locale fromBrowser() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return Languages.accepted(request == null ? null : request.getHeader("Accept-Language")).orElse(Languages.ENGLISH);
    }
}
