package org.strikemap.account;

import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.ServletContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The routes the route × role walk visits, read from the application itself so that routes added later are walked
 * without a change here: every Spring MVC handler that changes data (any method but GET and HEAD, or no method
 * named) or that {@link Requires} a right, every Vaadin route (a view under {@code /edit} must require a right; a
 * view elsewhere is public only if it says so with {@code @AnonymousAllowed}), and Spring Security's own endpoints
 * that change data, listed in {@link #SECURITY_ENDPOINTS}. A route that neither declares a right nor is declared
 * public is a {@link #problems() problem}.
 */
final class RouteWalk {

    /** How a route is reached. */
    enum Kind { HTTP, VIEW }

    /**
     * One route to walk: how to reach it, the right it declares, where it came from. {@code view}: the Vaadin view
     * ({@link Kind#VIEW}). {@code ownersOnly}: it acts on one person's own thing, which the walk names none of theirs
     * (every signed-in person is refused).
     */
    record Route(Kind kind, String method, String template, Right right, String origin, Class<?> view,
                 boolean ownersOnly) {

        /** The address with every parameter filled: the map's slug with {@code slug}, anything else with "walk". */
        String path(String slug) {
            String path = template.startsWith("/") ? template : "/" + template;
            path = path.replaceAll("\\{" + Requires.SLUG + "}", slug).replaceAll(":" + Requires.SLUG + "(\\([^)]*\\))?\\??", slug);
            path = path.replaceAll("\\{[^}]+}", "walk").replaceAll(":[a-zA-Z_]+(\\([^)]*\\))?\\??", "walk");
            return path.replace("/**", "/walk").replace("/*", "/walk");
        }

        /**
         * What the route should do for a person: "sign in" for nobody ({@code signedIn} false), "403" without the
         * right, "in" with it. {@code roleOnTheMap}: their role on the map the address names, or null.
         */
        String expectedFor(boolean signedIn, boolean admin, MapRole roleOnTheMap) {
            if (!signedIn) {
                return "sign in";
            }
            if (ownersOnly) {
                return "403";
            }
            boolean allowed = admin || switch (right) {
                case SIGNED_IN -> true;
                case EDIT_MAP -> roleOnTheMap != null;
                case REVIEW_MAP -> roleOnTheMap == MapRole.REVIEWER;
                case ADMIN -> false;
            };
            return allowed ? "in" : "403";
        }

        @Override
        public String toString() {
            return method + " " + template + " (" + origin + ", " + (right == null ? "public" : right) + ")";
        }
    }

    /**
     * Spring Security's endpoints that change data (they are filters, not handlers): adding and removing passkeys.
     * Signing in, out and the passkey options of sign-in are for strangers by nature and change nothing of anyone's.
     */
    static final List<Route> SECURITY_ENDPOINTS = List.of(
            new Route(Kind.HTTP, "POST", "/webauthn/register/options", Right.SIGNED_IN, "Spring Security", null, false),
            new Route(Kind.HTTP, "POST", "/webauthn/register", Right.SIGNED_IN, "Spring Security", null, false),
            new Route(Kind.HTTP, "DELETE", "/webauthn/register/{id}", Right.SIGNED_IN, "Spring Security", null, true));

    /**
     * Handlers that answer every method but change nothing: catch-alls that turn unknown addresses into 404s and the
     * error dispatch. Declared public here, by path, because their packages know nothing of accounts.
     */
    static final Set<String> PUBLIC_CATCH_ALLS = Set.of("/api/**", "/error");

    private static final Pattern VIEW_PARAMETER = Pattern.compile(":([a-zA-Z_]+)");

    private final List<Route> routes = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    RouteWalk(Iterable<? extends java.util.Map.Entry<RequestMappingInfo, HandlerMethod>> handlers, List<RouteData> views) {
        handlers.forEach(handler -> addHandler(handler.getKey(), handler.getValue()));
        views.forEach(this::addView);
        routes.addAll(SECURITY_ENDPOINTS);
    }

    /** The walk of the running app: its Spring MVC handlers and the routes Vaadin registered. */
    static RouteWalk of(List<RequestMappingHandlerMapping> handlers, ServletContext servletContext) {
        return new RouteWalk(handlers.stream().flatMap(mapping -> mapping.getHandlerMethods().entrySet().stream()).toList(),
                ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext)).getRegisteredRoutes());
    }

    List<Route> routes() {
        return List.copyOf(routes);
    }

    /** Routes that change data or are editors' without saying who may use them. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    private void addHandler(RequestMappingInfo info, HandlerMethod handler) {
        if (info.getPathPatternsCondition() == null) {
            return;
        }
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        Requires requires = RouteGuard.required(handler);
        boolean changes = methods.isEmpty() || methods.stream().anyMatch(method -> method != RequestMethod.GET
                && method != RequestMethod.HEAD && method != RequestMethod.OPTIONS);
        String origin = handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName();
        for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
            if (requires == null && !changes) {
                continue; // reading is public
            }
            if (requires == null && PUBLIC_CATCH_ALLS.contains(pattern)) {
                continue;
            }
            if (requires == null) {
                problems.add(methods + " " + pattern + " (" + origin + ") changes data but declares no @Requires");
                continue;
            }
            if (methods.isEmpty()) {
                routes.add(new Route(Kind.HTTP, "POST", pattern, requires.value(), origin, null, false));
            }
            methods.stream().filter(method -> method != RequestMethod.OPTIONS).forEach(method ->
                    routes.add(new Route(Kind.HTTP, method.name(), pattern, requires.value(), origin, null, false)));
            if (needsMap(requires.value()) && !pattern.contains("{" + Requires.SLUG + "}")) {
                problems.add(pattern + " (" + origin + ") requires a map right but names no {slug}");
            }
        }
    }

    private void addView(RouteData view) {
        Class<?> target = view.getNavigationTarget();
        List<String> templates = new ArrayList<>(List.of(view.getTemplate()));
        view.getRouteAliases().forEach(alias -> templates.add(alias.getTemplate()));
        boolean anonymous = AnnotatedElementUtils.hasAnnotation(target, AnonymousAllowed.class);
        Requires requires = AnnotatedElementUtils.findMergedAnnotation(target, Requires.class);
        for (String template : templates) {
            boolean editor = template.equals("edit") || template.startsWith("edit/");
            if (editor && requires == null) {
                problems.add("/" + template + " (" + target.getSimpleName() + ") is the editor's but declares no @Requires");
            } else if (!anonymous && requires == null) {
                problems.add("/" + template + " (" + target.getSimpleName() + ") declares neither @Requires nor @AnonymousAllowed");
            } else if (requires != null) {
                routes.add(new Route(Kind.VIEW, "GET", template, requires.value(), target.getSimpleName(), target, false));
                if (needsMap(requires.value()) && !parameters(template).contains(Requires.SLUG)) {
                    problems.add("/" + template + " (" + target.getSimpleName() + ") requires a map right but has no :slug");
                }
            }
        }
    }

    /** The names of a view template's parameters. */
    static List<String> parameters(String template) {
        List<String> names = new ArrayList<>();
        Matcher matcher = VIEW_PARAMETER.matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static boolean needsMap(Right right) {
        return right == Right.EDIT_MAP || right == Right.REVIEW_MAP;
    }

    static Optional<Right> declared(Class<?> view) {
        return Optional.ofNullable(AnnotatedElementUtils.findMergedAnnotation(view, Requires.class)).map(Requires::value);
    }
}
