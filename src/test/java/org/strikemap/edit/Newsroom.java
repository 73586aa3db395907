package org.strikemap.edit;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.strikemap.account.AccountTestSupport;
import org.strikemap.account.Editor;
import org.strikemap.account.MapRole;
import org.strikemap.account.People;
import org.strikemap.account.Person;

/**
 * Test only: the real people of the editor's tests, made through the account module on the app's database (the
 * account test helpers): an admin, a reviewer and an editor of one map, and a stranger to it, each with
 * {@link #PASSWORD}. Asking again gives the same people with their roles as at first (a test that granted or withdrew
 * one leaves nothing behind). Browser tests sign in through /login ({@link #signIn(Page, String, Editor)});
 * browserless view tests, which have no HTTP, put the person's authentication in the security context
 * ({@link #signInHere}), which the real account.People reads.
 */
final class Newsroom {

    static final String PASSWORD = "correct horse battery";

    final Editor admin;
    final Editor reviewer;
    final Editor editor;
    final Editor stranger;
    private final People people;
    private final Editor root;

    private Newsroom(DataSource database, String slug) {
        AccountTestSupport support = AccountTestSupport.over(database);
        people = support.people();
        root = support.admin();
        admin = withPassword(support.person("Ada Admin", slug, MapRole.REVIEWER));
        people.makeAdmin(root, admin.id());
        people.withdraw(root, admin.id(), slug);
        reviewer = withPassword(support.person("Rita Reviewer", slug, MapRole.REVIEWER));
        editor = withPassword(support.person("Ed Editor", slug, MapRole.EDITOR));
        stranger = withPassword(support.person("Sam Stranger", slug, MapRole.EDITOR));
        people.withdraw(root, stranger.id(), slug);
    }

    /** The four people, with their roles on the map {@code slug} as at first. */
    static Newsroom on(DataSource database, String slug) {
        return new Newsroom(database, slug);
    }

    String login(Editor who) {
        return people.accounts(root).stream().filter(person -> person.id() == who.id()).map(Person::login)
                .findFirst().orElseThrow();
    }

    /** Signs {@code who} in through the sign-in page at {@code loginUrl} in {@code page}, as a person does. */
    void signIn(Page page, String loginUrl, Editor who) {
        page.navigate(loginUrl);
        page.getByLabel("Login").fill(login(who));
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        page.waitForURL(url -> URI.create(url).getPath().equals("/edit"));
    }

    /** Browserless tests: {@code who} is the signed-in person of this thread; null: nobody. */
    void signInHere(Editor who) {
        SecurityContextHolder.getContext().setAuthentication(who == null ? null
                : UsernamePasswordAuthenticationToken.authenticated(login(who), null, List.of()));
    }

    private Editor withPassword(Editor person) {
        people.setPassword(person, PASSWORD);
        return person;
    }
}
