package org.strikemap.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.Router;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.auth.NavigationContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.strikemap.testing.TestDatabase;

/**
 * The route × role walk: every route that changes data or is the editor's ({@link RouteWalk}, read from the app's
 * own request mappings and Vaadin's route registry, so routes added later are walked with no change here) against a
 * stranger, a signed-in person with no maps, a reviewer of another map, an editor and a reviewer of the map the
 * address names, and an admin. Strangers must get 401 or the way to sign in; people without the right 403 (a view:
 * Vaadin's navigation access control denies it); people with it must get through. HTTP routes are called with each
 * person's API token (no CSRF token needed); views are judged by the navigation access control the app uses, and
 * strangers' requests for the editor's pages are sent over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RouteRoleWalkTest {

    enum Role { STRANGER, NO_MAPS, OTHER_MAPS_REVIEWER, EDITOR, REVIEWER, ADMIN }

    private static final String SLUG = TestDatabase.SEED_SLUG;

    @LocalServerPort
    int port;

    /** Spring MVC's own and Actuator's. */
    @Autowired
    List<RequestMappingHandlerMapping> handlers;

    @Autowired
    ServletContext servletContext;

    @Autowired
    NavigationAccessControl navigation;

    @Autowired
    People people;

    @Autowired
    PersonRepository repository;

    @Autowired
    ApiTokens tokens;

    private final Map<Role, Person> persons = new EnumMap<>(Role.class);
    private final Map<Role, String> secrets = new EnumMap<>(Role.class);

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabase.useRealDataIn(registry);
    }

    @BeforeEach
    void everyRole() {
        TestPeople fixtures = new TestPeople(people, repository);
        persons.put(Role.NO_MAPS, fixtures.person("No Maps"));
        persons.put(Role.OTHER_MAPS_REVIEWER, fixtures.person("Elsewhere", "another-map", MapRole.REVIEWER));
        persons.put(Role.EDITOR, fixtures.person("Editor", SLUG, MapRole.EDITOR));
        persons.put(Role.REVIEWER, fixtures.person("Reviewer", SLUG, MapRole.REVIEWER));
        persons.put(Role.ADMIN, fixtures.admin("Admin"));
        persons.forEach((role, person) -> secrets.put(role, tokens.make(person.editor(), "the walk").secret()));
    }

    @Test
    void everyRouteThatChangesDataOrIsTheEditorsRefusesWhoItMustAndLetsInWhoItMay() throws Exception {
        RouteWalk walk = walk();
        assertThat(walk.problems()).as("routes that declare neither a right nor that they are public").isEmpty();
        List<RouteWalk.Route> routes = walk.routes();
        assertThat(routes).as("the walk finds the account's own routes").extracting(RouteWalk.Route::template)
                .contains("/api/me", "edit/account", "edit/people", "edit/audit", "/webauthn/register/options");

        Map<String, String> wrong = new LinkedHashMap<>();
        for (RouteWalk.Route route : routes) {
            for (Role role : Role.values()) {
                String outcome = route.kind() == RouteWalk.Kind.HTTP ? overHttp(route, role) : opening(route, role);
                String expected = expected(route, role);
                if (!outcome.equals(expected)) {
                    wrong.put(route + " as " + role, "expected " + expected + ", got " + outcome);
                }
            }
        }
        assertThat(wrong).as("routes × roles walked: %d × %d", routes.size(), Role.values().length).isEmpty();
    }

    @Test
    void aRouteThatDeclaresNothingFailsTheWalk() throws Exception {
        Method unguarded = Undeclared.class.getDeclaredMethod("change");
        RequestMappingInfo info = RequestMappingInfo.paths("/api/maps/{slug}/undeclared").methods(RequestMethod.POST)
                .options(handlers.getFirst().getBuilderConfiguration()).build();
        RouteWalk walk = new RouteWalk(Map.of(info, new HandlerMethod(new Undeclared(), unguarded)).entrySet(), List.of());
        assertThat(walk.problems()).singleElement().asString().contains("/api/maps/{slug}/undeclared",
                "declares no @Requires");
    }

    /** A handler as someone might add one, forgetting to say who may call it. */
    static final class Undeclared {
        @PostMapping("/api/maps/{slug}/undeclared")
        void change() {
        }
    }

    private RouteWalk walk() {
        return RouteWalk.of(handlers, servletContext);
    }

    /** What the route should do for the role: "in", "sign in" or "403" (shared with {@link RouteRoleBrowserTest}). */
    static String expected(RouteWalk.Route route, Role role) {
        MapRole onTheMap = switch (role) {
            case EDITOR -> MapRole.EDITOR;
            case REVIEWER -> MapRole.REVIEWER;
            default -> null;
        };
        return route.expectedFor(role != Role.STRANGER, role == Role.ADMIN, onTheMap);
    }

    private String overHttp(RouteWalk.Route route, Role role) throws Exception {
        Visitor client = new Visitor(port, null);
        String path = route.path(SLUG);
        HttpResponse<String> answer = role == Role.STRANGER ? client.send(route.method(), path)
                : client.send(route.method(), path, "Authorization", "Bearer " + secrets.get(role));
        return outcome(answer);
    }

    /** A view: strangers ask for its page over HTTP; signed-in people are judged as opening it in the editor. */
    private String opening(RouteWalk.Route route, Role role) throws Exception {
        String path = route.path(SLUG);
        if (role == Role.STRANGER && path.startsWith("/edit")) {
            return outcome(new Visitor(port, null).get(path));
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        RouteWalk.parameters(route.template()).forEach(name -> parameters.put(name, name.equals(Requires.SLUG) ? SLUG : "walk"));
        Authentication principal = role == Role.STRANGER ? null : signedIn(persons.get(role));
        NavigationContext context = new NavigationContext(new Router(ApplicationRouteRegistry.getInstance(
                new VaadinServletContext(servletContext))), route.view(), new Location(path.substring(1)),
                new RouteParameters(parameters), principal, name -> false, false, true);
        AccessCheckDecision decision = navigation.checkAccess(context, true).decision();
        if (decision == AccessCheckDecision.ALLOW) {
            return "in";
        }
        return principal == null ? "sign in" : "403";
    }

    private static Authentication signedIn(Person person) {
        PersonDetails details = new PersonDetails(person.id(), person.login(), null);
        return UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
    }

    private static String outcome(HttpResponse<String> answer) {
        int status = answer.statusCode();
        String location = answer.headers().firstValue("Location").orElse("");
        if (status == 401 || (status == 302 && location.endsWith("/login"))) {
            return "sign in";
        }
        if (status == 403) {
            return "403";
        }
        return status >= 500 ? "failed with " + status : "in";
    }
}
