package org.strikemap.ops;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Serves the page's HTML without a view in it: the page's script then asks for the view ({@code ?v-r=init}), and
 * only that request creates a session ({@link SessionlessRequests}). A client that runs no script (crawler, link
 * preview, flood) costs the server no view and no session. Limits: the view arrives one round trip after the HTML.
 */
@Component
class LazyViewStart implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setBootstrapInitialPredicate(request -> false);
    }
}
