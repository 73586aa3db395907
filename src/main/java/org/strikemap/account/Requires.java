package org.strikemap.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may open a Vaadin view or call a Spring MVC handler: the one declaration the guards enforce (views:
 * {@code ViewAccess}; handlers: {@code RouteGuard}) and the route × role walk checks. A map right reads the map from
 * the route parameter or path variable named {@code slug}. A view without it (and without Vaadin's
 * {@code @AnonymousAllowed}) opens for nobody; a handler that changes data without it fails the walk.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Requires {

    Right value();

    /** The route parameter or path variable naming the map, for {@link Right#EDIT_MAP} and {@link Right#REVIEW_MAP}. */
    String SLUG = "slug";
}
