package org.strikemap.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.strikemap.testing.StoredRows;
import org.strikemap.testing.TestDatabase;

/**
 * Every route × role over real HTTP, as browsers send it: each person signs in with the sign-in form and keeps the
 * session it gives (RouteRoleWalkTest sends API tokens and asks Vaadin's access control directly). The routes are
 * the walk's ({@link RouteWalk}: read from the app, so routes added later are walked too). A data-changing request
 * carries the session's CSRF token, so a refusal is the role's and not a missing token's. A view is opened as its
 * page's script opens it (Vaadin's init request, the page's challenge answered, a navigation) and judged by what the
 * answer shows: the view (with its title), the sign-in page or the access-denied page. Roles: a stranger, an editor
 * of another map, an editor and a reviewer of the map the address names, and an admin. Every refusal is 401 or a way to sign in for the stranger and 403 for the others,
 * and changes nothing stored: people, rights, tokens, passkeys, links, the maps' drafts, revisions and versions, the
 * audit log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RouteRoleHttpTest {

    enum Role { STRANGER, OTHER_MAPS_EDITOR, EDITOR, REVIEWER, ADMIN }

    private static final String SLUG = TestDatabase.SEED_SLUG;

    /** Spring Security's CSRF token as Vaadin writes it into a page for the page's own script. */
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    /** Vaadin's own CSRF token for a UI's requests, and the UI's number, in the answer that starts a UI. */
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    /** A page title set by the answer, as Vaadin sets it: the title first, then the script. */
    private static final Pattern TITLED = Pattern.compile("\\[\"[^\"]+\",\"\\s*document\\.title = \\$0");
    /** The challenge a view's start asks its page (ops.ViewChallenge): the nonce and the return channel's node and id. */
    private static final Pattern CHALLENGE = Pattern.compile(
            "\\[\"([0-9a-f]{32})\",\\{\"@v-return\":\\[(\\d+),(\\d+)]}");

    @LocalServerPort
    int port;

    @Autowired
    List<RequestMappingHandlerMapping> handlers;

    @Autowired
    ServletContext servletContext;

    @Autowired
    People people;

    @Autowired
    PersonRepository repository;

    @Autowired
    JdbcClient jdbc;

    private final Map<Role, Visitor> visitors = new EnumMap<>(Role.class);
    private final Map<Role, String> csrf = new EnumMap<>(Role.class);

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabase.useRealDataIn(registry);
    }

    @BeforeEach
    void everyRoleSignedIn() throws Exception {
        TestPeople fixtures = new TestPeople(people, repository);
        Map<Role, Person> persons = new EnumMap<>(Role.class);
        persons.put(Role.OTHER_MAPS_EDITOR, fixtures.person("Elsewhere", "another-map", MapRole.EDITOR));
        persons.put(Role.EDITOR, fixtures.person("Editor", SLUG, MapRole.EDITOR));
        persons.put(Role.REVIEWER, fixtures.person("Reviewer", SLUG, MapRole.REVIEWER));
        persons.put(Role.ADMIN, fixtures.admin("Admin"));
        for (Role role : Role.values()) {
            Visitor visitor = new Visitor(port, null);
            assertThat(visitor.openSignInPage().statusCode()).isEqualTo(200);
            if (role != Role.STRANGER) {
                HttpResponse<String> signedIn = visitor.signIn(persons.get(role).login(), TestPeople.PASSWORD);
                assertThat(signedIn.statusCode()).as("%s signs in", role).isEqualTo(302);
                assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
            }
            visitors.put(role, visitor);
            csrf.put(role, csrfToken(visitor, role == Role.STRANGER ? "login" : "edit/account"));
        }
    }

    @Test
    void everyRouteRefusesOverHttpWhoItMustChangingNothingAndLetsInWhoItMay() throws Exception {
        RouteWalk walk = new RouteWalk(handlers.stream().flatMap(mapping -> mapping.getHandlerMethods().entrySet().stream())
                .toList(), ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext)).getRegisteredRoutes());
        assertThat(walk.problems()).isEmpty();
        List<RouteWalk.Route> routes = walk.routes();
        assertThat(routes).extracting(RouteWalk.Route::template)
                .contains("/api/me", "edit/account", "edit/people", "edit/audit", "/webauthn/register");

        Map<String, String> wrong = new LinkedHashMap<>();
        for (RouteWalk.Route route : routes) {
            for (Role role : Role.values()) {
                String expected = expected(route, role);
                String before = stored();
                String outcome = route.kind() == RouteWalk.Kind.HTTP ? overHttp(route, role) : opening(route, role);
                if (!outcome.equals(expected)) {
                    wrong.put(route + " as " + role, "expected " + expected + ", got " + outcome);
                } else if (!expected.equals("in") && !stored().equals(before)) {
                    wrong.put(route + " as " + role, "refused, but something stored changed");
                }
            }
        }
        assertThat(wrong).as("routes × roles walked over HTTP: %d × %d", routes.size(), Role.values().length).isEmpty();
    }

    @Test
    void theSameDataChangingRequestWithoutTheCsrfTokenIsRefusedEvenForWhoMay() throws Exception {
        HttpResponse<String> withToken = visitors.get(Role.EDITOR).send("POST", "/webauthn/register/options",
                "X-CSRF-TOKEN", csrf.get(Role.EDITOR));
        assertThat(withToken.statusCode()).as("the token this test sends is the session's").isEqualTo(200);
        String before = stored();
        assertThat(visitors.get(Role.ADMIN).send("POST", "/webauthn/register/options").statusCode()).isEqualTo(403);
        assertThat(visitors.get(Role.ADMIN).send("POST", "/webauthn/register/options", "X-CSRF-TOKEN",
                csrf.get(Role.EDITOR)).statusCode()).as("another session's token").isEqualTo(403);
        assertThat(stored()).isEqualTo(before);
    }

    /** What the route should do for the role: "in", "sign in" or "403". */
    private static String expected(RouteWalk.Route route, Role role) {
        MapRole onTheMap = switch (role) {
            case EDITOR -> MapRole.EDITOR;
            case REVIEWER -> MapRole.REVIEWER;
            default -> null;
        };
        return route.expectedFor(role != Role.STRANGER, role == Role.ADMIN, onTheMap);
    }

    private String overHttp(RouteWalk.Route route, Role role) throws Exception {
        HttpResponse<String> answer = visitors.get(role).send(route.method(), route.path(SLUG), "X-CSRF-TOKEN", csrf.get(role));
        int status = answer.statusCode();
        String location = answer.headers().firstValue("Location").orElse("");
        if (status == 401 || (status == 302 && location.endsWith("/login"))) {
            return "sign in";
        }
        return status == 403 ? "403" : "in";
    }

    /**
     * A view opened as a browser opens it: the page (strangers are sent to sign in before Vaadin sees them), then a
     * UI started and told to navigate to the view, as the page's script does. Strangers are walked through the UI too:
     * Vaadin's own requests pass Spring's rule for /edit, so only the view access control stands between a stranger's
     * session and the view. People without the right are shown the access-denied view.
     */
    private String opening(RouteWalk.Route route, Role role) throws Exception {
        String path = route.path(SLUG);
        Visitor visitor = visitors.get(role);
        HttpResponse<String> page = visitor.get(path);
        boolean sentToSignIn = page.statusCode() == 302 && page.headers().firstValue("Location").orElse("").endsWith("/login");
        String shown = navigate(visitor, path.substring(1));
        if (role == Role.STRANGER) {
            return sentToSignIn && shown.equals("sign in") ? "sign in" : "page " + page.statusCode() + ", view " + shown;
        }
        return page.statusCode() == 200 ? shown : "page " + page.statusCode() + ", view " + shown;
    }

    /** Starts a UI in the visitor's session and navigates it to {@code location}: what the answer shows. */
    private static String navigate(Visitor visitor, String location) throws Exception {
        String init = visitor.get("/?v-r=init&location=" + Visitor.encode(location) + "&query=").body();
        Matcher key = SECURITY_KEY.matcher(init);
        Matcher ui = UI_ID.matcher(init);
        assertThat(key.find() && ui.find()).as("a UI started: %s", init).isTrue();
        // A browser answers the page's challenge (ops.ViewChallenge, through the script's return channel) before it
        // navigates; an unanswered UI shows no view at all.
        StringBuilder rpc = new StringBuilder();
        Matcher challenge = CHALLENGE.matcher(init);
        if (challenge.find()) {
            rpc.append("{\"type\":\"channel\",\"node\":").append(challenge.group(2)).append(",\"channel\":")
                    .append(challenge.group(3)).append(",\"args\":[\"").append(challengeAnswer(challenge.group(1)))
                    .append("\"]},");
        }
        rpc.append("{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"").append(location)
                .append("\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}");
        String event = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[" + rpc + "],\"syncId\":0,\"clientId\":0}";
        HttpResponse<String> answer = visitor.postJson("/?v-r=uidl&v-uiId=" + ui.group(1), event);
        String body = answer.body();
        if (answer.statusCode() != 200 || !body.contains("\"changes\"")) {
            return "status " + answer.statusCode();
        }
        if (body.contains("\"access-denied\"")) {
            return "403";
        }
        if (body.contains("\"passkey-sign-in\"")) {
            return "sign in";
        }
        if (body.contains("Could not navigate")) {
            return "not found";
        }
        // A view that opened gives the page its title; the placeholder of an unconfirmed UI gives none.
        return TITLED.matcher(body).find() ? "in" : "no view";
    }

    /** What the page's script answers to the challenge {@code nonce}: ops.ViewChallenge's own rule, not a copy. */
    private static String challengeAnswer(String nonce) throws Exception {
        Method answer = Class.forName("org.strikemap.ops.ViewChallenge").getDeclaredMethod("answer", String.class);
        answer.setAccessible(true);
        return (String) answer.invoke(null, nonce);
    }

    /** The session's CSRF token, as the page {@code location} hands it to its own script. */
    private static String csrfToken(Visitor visitor, String location) throws Exception {
        String body = visitor.get("/" + location).body();
        Matcher token = CSRF.matcher(body);
        assertThat(token.find()).as("the %s page hands its script the CSRF token: %s", location, body).isTrue();
        return token.group(1);
    }

    private String stored() {
        return StoredRows.of(jdbc);
    }
}
