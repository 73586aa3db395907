package org.strikemap.account.views;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import org.strikemap.account.InterfaceLanguage;

/**
 * Gives the account's pages (sign-in, one-time link, account, password, people, audit, access denied) their language
 * by {@link InterfaceLanguage}'s rule, from a listener of the UI, which Vaadin runs before it makes the page, so every
 * word of the page is in it. Limits: the account's pages only; the editor's views apply the same rule themselves.
 */
@Component
class PageLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(PageLanguage::apply));
    }

    private static void apply(BeforeEnterEvent event) {
        if (event.getNavigationTarget().getPackageName().equals(PageLanguage.class.getPackageName())) {
            InterfaceLanguage.apply(event);
        }
    }
}
