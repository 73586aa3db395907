package org.strikemap.account;

import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;
import java.util.Optional;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.Authentication;

/**
 * Who may open a Vaadin view: the one checker of Vaadin's navigation access control (SecurityConfiguration sets no
 * other). A view declares Vaadin's {@link AnonymousAllowed} (readers' pages, sign-in) or {@link Requires}; a view
 * with neither opens for nobody. Nobody signed in: denied, and Vaadin forwards to the sign-in page; signed in without
 * the right: denied, and Vaadin shows the access-denied page (403). Rights are read fresh ({@link People}). Error
 * views take no decision (Vaadin lets them show).
 */
final class ViewAccess implements NavigationAccessChecker {

    private final People people;

    ViewAccess(People people) {
        this.people = people;
    }

    @Override
    public AccessCheckResult check(NavigationContext context) {
        if (context.isErrorHandling()) {
            return context.neutral();
        }
        Class<?> view = context.getNavigationTarget();
        if (AnnotatedElementUtils.hasAnnotation(view, AnonymousAllowed.class)) {
            return context.allow();
        }
        Requires requires = AnnotatedElementUtils.findMergedAnnotation(view, Requires.class);
        if (requires == null) {
            return context.deny(view.getName() + " declares neither @Requires nor @AnonymousAllowed");
        }
        // The navigation's principal; without one (a view test with no request), the security context as the services ask it.
        Optional<Editor> who = context.getPrincipal() instanceof Authentication authentication
                ? people.personOf(authentication).map(Person::editor) : people.current();
        if (who.isEmpty()) {
            return context.deny("nobody signed in");
        }
        String slug = context.getParameters().get(Requires.SLUG).orElse(null);
        return people.holds(who.get(), requires.value(), slug) ? context.allow()
                : context.deny("not allowed: " + requires.value());
    }
}
