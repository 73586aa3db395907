package org.strikemap.web;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import org.springframework.stereotype.Component;

/**
 * Whether a path is a page of the Vaadin UI, read from Vaadin's own route registry (so a new {@code @Route} needs no
 * entry here). Limits: asks only after Vaadin's servlet has started, i.e. while serving requests.
 */
@Component
class VaadinRoutes {

    /** The methods a Vaadin page answers: the page itself (GET, HEAD) and the UI's requests to it (POST). */
    static final String ALLOW = "GET, HEAD, POST";

    boolean isPage(ServletContext context, String path) {
        String route = path.startsWith("/") ? path.substring(1) : path;
        return ApplicationRouteRegistry.getInstance(new VaadinServletContext(context))
                .getNavigationRouteTarget(route).hasTarget();
    }
}
