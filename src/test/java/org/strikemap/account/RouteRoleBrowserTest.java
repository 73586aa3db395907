package org.strikemap.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.strikemap.account.RouteRoleWalkTest.Role;
import org.strikemap.ingest.DatasetFiles;
import org.strikemap.testing.MapPage;
import org.strikemap.testing.SeedMapBrowserTest;
import org.strikemap.testing.TestDatabase;
import org.strikemap.testing.View;

/**
 * The route × role walk in Chromium: every editor and account view of {@link RouteWalk} (so a view added later is
 * walked with no change here), its parameters filled for the seed map, opened by the six roles of {@link
 * RouteRoleWalkTest}, each signed in once through /login in a browser context of its own. A stranger lands on the
 * sign-in page; a person without the right sees the access-denied page and none of the view's own elements (those
 * with an id the app set, as the admin sees them); a person with the right sees the view. Then each role's page calls
 * every data-changing HTTP route of the walk with its own session cookie and Spring's CSRF token (the meta tags
 * Vaadin writes into the page) and must meet the outcome the HTTP walk expects; each signed-in role must get a 2xx
 * from at least one, so the refusals are the rules' and not a missing token's.
 */
class RouteRoleBrowserTest extends SeedMapBrowserTest {

    private static final String SLUG = TestDatabase.SEED_SLUG;

    /**
     * Ids Vaadin generates, new on every page: its fields' inputs, labels and messages ("input-vaadin-text-field-12"),
     * a tab sheet's tabs ("tabsheet-tab-" and a UUID). Not the view's own.
     */
    private static final Pattern GENERATED_ID = Pattern.compile(".*-\\d+$|.*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    private static final Pattern VIEW_PARAMETER = Pattern.compile(":([a-zA-Z_]+)(\\([^)]*\\))?\\??");

    /** A page's elements with an id (outside Vaadin's own outlet), and its first heading, once the server is idle. */
    private static final String SEEN = """
            () => ({
              ids: Array.from(document.body.querySelectorAll('[id]')).map((element) => element.id)
                  .filter((id) => id !== 'outlet'),
              heading: (document.querySelector('h1') || {}).textContent || '',
              text: document.body.innerText.slice(0, 200)
            })""";

    /**
     * A page is shown once it has a heading, the access-denied page or the sign-in form. (Not once Vaadin's client is
     * idle: it is idle for a moment before its first answer too, and a loaded machine showed a view caught then.) A
     * view that fails shows none of them: the wait ends at the browser's timeout and the walk says what it shows.
     */
    private static final String SHOWN = "() => !!document.querySelector('h1, #access-denied, vaadin-login-form')";

    /** A call from the page's own script: its session cookie, and Spring's CSRF token from the page's meta tags. */
    private static final String CALL = """
            async ([method, path]) => {
              const meta = (name) => (document.querySelector(`meta[name="${name}"]`) || {}).content;
              const headers = {};
              if (meta('_csrf_header') && meta('_csrf')) {
                headers[meta('_csrf_header')] = meta('_csrf');
              }
              const answer = await fetch(path, {method, headers, credentials: 'same-origin', redirect: 'manual'});
              return answer.type === 'opaqueredirect' ? 302 : answer.status;
            }""";

    @Autowired
    List<RequestMappingHandlerMapping> handlers;

    @Autowired
    ServletContext servletContext;

    @Autowired
    People people;

    @Autowired
    PersonRepository repository;

    @Test
    void everyRoleSeesInTheBrowserOnlyTheViewsAndChangesItMay() {
        RouteWalk walk = RouteWalk.of(handlers, servletContext);
        assertThat(walk.problems()).isEmpty();
        List<RouteWalk.Route> views = walk.routes().stream().filter(route -> route.kind() == RouteWalk.Kind.VIEW).toList();
        List<RouteWalk.Route> changes = walk.routes().stream().filter(route -> route.kind() == RouteWalk.Kind.HTTP
                && !route.method().equals("GET") && !route.method().equals("HEAD")).toList();
        assertThat(views).as("the walk finds the editor's views").extracting(RouteWalk.Route::template)
                .contains("edit", "edit/:slug", "edit/people", "edit/account");

        Map<Role, Page> pages = signedIn();
        Map<String, Seen> admins = new LinkedHashMap<>();
        for (RouteWalk.Route view : views) {
            admins.put(view.template(), visit(pages.get(Role.ADMIN), address(view)));
        }
        Map<String, String> wrong = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            for (RouteWalk.Route view : views) {
                Seen admin = admins.get(view.template());
                Seen seen = role == Role.ADMIN ? admin : visit(pages.get(role), address(view));
                String problem = judge(RouteRoleWalkTest.expected(view, role), seen, admin, address(view));
                if (problem != null) {
                    wrong.put(view + " as " + role, problem + " (saw " + seen + ")");
                }
            }
        }
        Map<Role, List<Integer>> statuses = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            Page page = pages.get(role);
            visit(page, role == Role.STRANGER ? "/login" : "/edit");
            for (RouteWalk.Route route : changes) {
                int status = ((Number) page.evaluate(CALL, List.of(route.method(), route.path(SLUG)))).intValue();
                statuses.computeIfAbsent(role, key -> new ArrayList<>()).add(status);
                String expected = RouteRoleWalkTest.expected(route, role);
                String outcome = status == 401 || status == 302 ? "sign in" : status == 403 ? "403" : "in";
                if (!outcome.equals(expected) || status >= 500) {
                    wrong.put(route + " as " + role + " from the page", "expected " + expected + ", got " + status);
                }
            }
            if (role != Role.STRANGER && statuses.get(role).stream().noneMatch(status -> status / 100 == 2)) {
                wrong.put("data-changing routes as " + role, "no 2xx from any of them: " + statuses.get(role));
            }
        }
        assertThat(wrong).as("views × roles walked in the browser: %d × %d; changes: %d × %d (statuses %s)",
                views.size(), Role.values().length, changes.size(), Role.values().length, statuses).isEmpty();
    }

    /**
     * What a page showed: where it ended, the view's own element ids, its first heading and the start of its text. (No status: Vaadin draws
     * the access-denied page in a request of its own after the page's 200.)
     */
    record Seen(String path, List<String> ids, String heading, String text) {

        boolean denied() {
            return ids.contains("access-denied");
        }
    }

    /** Null if what was seen is what {@code expected} ("in", "sign in", "403") means, else what is wrong. */
    private static String judge(String expected, Seen seen, Seen admin, String address) {
        List<String> controls = admin.ids();
        return switch (expected) {
            case "sign in" -> seen.path().equals("/login") ? null : "expected the sign-in page";
            case "403" -> !seen.denied() ? "expected the access-denied page"
                    : seen.ids().stream().anyMatch(controls::contains) ? "the denied page shows the view's " + controls
                    : seen.heading().equals(admin.heading()) ? "the denied page shows the view's heading" : null;
            case "in" -> seen.denied() || !seen.path().equals(URI.create("http://x" + address).getPath())
                    ? "expected the view" : seen.heading().isBlank() ? "the view shows no heading"
                    : !controls.isEmpty() && seen.ids().stream().noneMatch(controls::contains)
                    ? "the view shows none of " + controls : null;
            default -> "unknown outcome " + expected;
        };
    }

    /** Opens {@code path} and waits until it shows a view, the access-denied page or the sign-in form. */
    private Seen visit(Page page, String path) {
        page.navigate(url(path));
        try {
            page.waitForFunction(SHOWN).dispose();
        } catch (com.microsoft.playwright.TimeoutError showsNoneOfThem) {
            // Judged below by what it shows instead.
        }
        MapPage.waitForServer(page);
        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) page.evaluate(SEEN);
        @SuppressWarnings("unchecked")
        List<String> ids = ((List<String>) seen.get("ids")).stream().filter(id -> !GENERATED_ID.matcher(id).matches()).toList();
        return new Seen(URI.create(page.url()).getPath(), ids,
                String.valueOf(seen.get("heading")).strip(), String.valueOf(seen.get("text")).strip());
    }

    /**
     * The view's address on the seed map: {@code :slug} is the map's slug; any other parameter names a record of it,
     * filled with the id of the seed map's first strike.
     */
    private static String address(RouteWalk.Route view) {
        Matcher parameters = VIEW_PARAMETER.matcher(view.template());
        StringBuilder path = new StringBuilder("/");
        while (parameters.find()) {
            String value = parameters.group(1).equals(Requires.SLUG) ? SLUG : firstStrike();
            parameters.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        return parameters.appendTail(path).toString();
    }

    private static String firstStrike() {
        return DatasetFiles.rows(TestDatabase.seedMap().resolve("strikes.csv")).getFirst().get("id");
    }

    /** A page per role, each in its own context, signed in through /login (the stranger's signed in as nobody). */
    private Map<Role, Page> signedIn() {
        TestPeople fixtures = new TestPeople(people, repository);
        Map<Role, Person> persons = new EnumMap<>(Role.class);
        persons.put(Role.NO_MAPS, fixtures.person("No Maps"));
        persons.put(Role.OTHER_MAPS_REVIEWER, fixtures.person("Elsewhere", "another-map", MapRole.REVIEWER));
        persons.put(Role.EDITOR, fixtures.person("Editor", SLUG, MapRole.EDITOR));
        persons.put(Role.REVIEWER, fixtures.person("Reviewer", SLUG, MapRole.REVIEWER));
        persons.put(Role.ADMIN, fixtures.admin("Admin"));
        Map<Role, Page> pages = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            Page page = newPage(View.DESKTOP);
            Person person = persons.get(role);
            if (person != null) {
                page.navigate(url("/login"));
                page.getByLabel("Login").fill(person.login());
                page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestPeople.PASSWORD);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
                page.waitForURL(url -> URI.create(url).getPath().equals("/edit"));
                assertThat(page.locator("#access-denied")).hasCount(0);
            }
            pages.put(role, page);
        }
        return pages;
    }
}
