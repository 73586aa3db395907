package org.strikemap.account.views;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import org.strikemap.account.InvalidEntry;

/** What the account's pages share: their style sheet, how they write times, the app's context path. */
final class AccountPage {

    static final String STYLES = "styles/account.css";

    private AccountPage() {
    }

    /** A time as the editor shows it: the server's zone, medium length, in the view's language; "—" for none. */
    static String time(Component view, Instant at) {
        return at == null ? "—" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale(view)).withZone(ZoneId.systemDefault()).format(at);
    }

    private static Locale locale(Component view) {
        return view.getUI().or(() -> Optional.ofNullable(UI.getCurrent())).map(UI::getLocale).orElse(Locale.ENGLISH);
    }

    /** The reason a service refused an entry, in the view's language. */
    static String reason(Component view, InvalidEntry refused) {
        return view.getTranslation(refused.key());
    }

    static String contextPath() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "" : request.getContextPath();
    }
}
