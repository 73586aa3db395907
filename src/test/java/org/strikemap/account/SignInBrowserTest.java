package org.strikemap.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.strikemap.testing.SeedMapBrowserTest;
import org.strikemap.testing.View;

/**
 * Signing in in a real browser: by password (the session id changes; signing out ends the session), by the one-time
 * link of an invitation (used once, then a password is set), by passkey (Chromium's virtual authenticator, through
 * the DevTools protocol), repeated failures paused with the reason on the page, the sign-in page and an invitation in
 * Ukrainian (?lang=uk, kept by the session) on a 360 px phone, and a page that is not the person's refused. Behind a
 * trusted proxy, so each test is its own address.
 */
@TestPropertySource(properties = {"server.forward-headers-strategy=native",
        "strikemap.sign-in.account.free=2", "strikemap.sign-in.account.refuse-after=3",
        "strikemap.sign-in.account.refuse-for=15m"})
class SignInBrowserTest extends SeedMapBrowserTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

    @Autowired
    People people;

    @Autowired
    PersonRepository repository;

    @Autowired
    JdbcClient jdbc;

    private TestPeople fixtures;

    @BeforeEach
    void people() {
        fixtures = new TestPeople(people, repository);
    }

    @Test
    void aPasswordSignsInWithANewSessionAndSigningOutEndsTheSession() {
        Person olena = fixtures.person("Olena Koval");
        Page page = visitor(View.DESKTOP);
        page.navigate(url("/login"));
        assertThat(page.getByLabel("Login")).isVisible();
        String before = session(page.context());

        page.getByLabel("Login").fill(olena.login());
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestPeople.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        page.waitForURL(url -> URI.create(url).getPath().equals("/edit"));
        String after = session(page.context());
        assertThat(after).as("the session id after signing in").isNotEqualTo(before);

        page.navigate(url("/edit/account"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Olena Koval"))).isVisible();
        page.locator("#sign-out").click();
        page.waitForURL(url -> url.endsWith("/login?signed-out"));
        assertThat(page.getByText("You are signed out.")).isVisible();

        Page replay = visitor(View.DESKTOP);
        replay.context().addCookies(java.util.List.of(new Cookie("JSESSIONID", after).setDomain("localhost").setPath("/")));
        replay.navigate(url("/edit/account"));
        assertThat(replay).hasURL(url("/login"));
    }

    @Test
    void wrongPasswordsAreSaidAndRepeatedOnesPausedWithTheReasonOnThePage() {
        Person taras = fixtures.person("Taras");
        Page page = visitor(View.DESKTOP);
        for (int attempt = 1; attempt <= 2; attempt++) {
            page.navigate(url("/login"));
            signIn(page, taras.login(), "not the password " + attempt);
            page.waitForURL(url -> url.endsWith("/login?error"));
            assertThat(page.getByText("Wrong login or password.")).isVisible();
        }
        // The third failure refuses the account for a while; the attempt before it may already wait a second.
        Response refused = null;
        for (int attempt = 3; attempt <= 5 && (refused == null || refused.status() != 429); attempt++) {
            String password = "not the password " + attempt;
            page.navigate(url("/login"));
            refused = page.waitForResponse(response -> URI.create(response.url()).getPath().equals("/login")
                    && response.request().method().equals("POST"), () -> signIn(page, taras.login(), password));
        }
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.headers().get("retry-after"))).isPositive();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Sign-in is paused after repeated failed attempts.");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to sign-in"))).isVisible();
    }

    @Test
    void anInvitationLinkSignsInOnceAndAsksForAPassword() {
        Invitation invitation = people.invite(fixtures.admin(), new NewPerson(TestPeople.unique("mariia"), "Mariia Shevchuk", null));
        String link = URI.create(invitation.link()).getRawPath() + "?" + URI.create(invitation.link()).getRawQuery();
        Page page = visitor(View.DESKTOP);
        page.navigate(url(link));
        assertThat(page.getByText("This link signs you in once.")).isVisible();
        page.locator("#one-time-sign-in").click();
        page.waitForURL(url -> url.endsWith("/edit/account/password"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Set your password"))).isVisible();

        page.locator("#new-password input").fill("short");
        page.locator("#repeat-password input").fill("short");
        page.locator("#save-password").click();
        assertThat(page.getByText("A password has at least 12 characters.")).isVisible();
        page.locator("#new-password input").fill("a long enough phrase");
        page.locator("#repeat-password input").fill("a long enough phrase");
        page.locator("#save-password").click();
        page.waitForURL(url -> url.endsWith("/edit/account"));
        assertThat(page.getByText("You have a password.")).isVisible();
        long mariia = repository.byLogin(invitation.login()).orElseThrow().person().id();
        assertThat(jdbc.sql("select what from audit_log where person_id = ? order by id").param(mariia)
                .query(String.class).list()).containsSubsequence("signed in by one-time link", "set a new password");

        Page again = visitor(View.DESKTOP);
        again.navigate(url(link));
        again.locator("#one-time-sign-in").click();
        again.waitForURL(url -> url.contains("/login/ott?invalid"));
        assertThat(again.getByText("This link has been used or has expired.")).isVisible();

        Page byPassword = visitor(View.DESKTOP);
        byPassword.navigate(url("/login"));
        signIn(byPassword, invitation.login(), "a long enough phrase");
        byPassword.waitForURL(url -> URI.create(url).getPath().equals("/edit"));
    }

    @Test
    void aPasskeyAddedOnTheAccountPageSignsIn() {
        Person ivan = fixtures.person("Ivan Passkey");
        Page page = visitor(View.DESKTOP);
        CDPSession devtools = page.context().newCDPSession(page);
        devtools.send("WebAuthn.enable");
        JsonObject authenticator = new JsonObject();
        authenticator.addProperty("protocol", "ctap2");
        authenticator.addProperty("transport", "internal");
        authenticator.addProperty("hasResidentKey", true);
        authenticator.addProperty("hasUserVerification", true);
        authenticator.addProperty("isUserVerified", true);
        authenticator.addProperty("automaticPresenceSimulation", true);
        JsonObject options = new JsonObject();
        options.add("options", authenticator);
        devtools.send("WebAuthn.addVirtualAuthenticator", options);

        page.navigate(url("/login"));
        signIn(page, ivan.login(), TestPeople.PASSWORD);
        page.waitForURL(url -> URI.create(url).getPath().equals("/edit"));
        page.navigate(url("/edit/account"));
        page.locator("#passkey-label input").fill("Work laptop");
        page.locator("#passkey-add").click();
        assertThat(page.locator("#passkeys")).containsText("Work laptop");
        page.locator("#sign-out").click();
        page.waitForURL(url -> url.endsWith("/login?signed-out"));

        page.locator("#passkey-sign-in").click();
        page.waitForURL(url -> URI.create(url).getPath().equals("/edit"));
        page.navigate(url("/edit/account"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ivan Passkey"))).isVisible();
        assertThat(jdbc.sql("select what from audit_log where kind = ? and person_id = ?").params(AuditLog.SIGN_IN, ivan.id())
                .query(String.class).list()).contains("signed in by password", "signed in by passkey");
    }

    @Test
    void theSignInPageSpeaksUkrainianWhenAskedFitsASmallPhoneAndTakesTheKeyboard() {
        Person oksana = fixtures.person("Oksana");
        Page page = visitor(View.phone(360, 740));
        page.navigate(url("/login?lang=uk"));
        assertThat(page.getByLabel("Логін")).isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "uk");
        page.navigate(url("/login")); // the session keeps the language chosen
        assertThat(page.getByLabel("Логін")).isVisible();
        assertThat(page.evaluate("() => document.querySelector('vaadin-login-form').action"))
                .as("a refusal answers in the page's language").isEqualTo("login?lang=uk");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Увійти").setExact(true))).isVisible();
        assertThat(page).hasTitle("Вхід · StrikeMap");
        assertThat(page.locator("#passkey-sign-in")).hasText("Увійти за допомогою ключа доступу");
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                .as("nothing wider than the phone").isTrue();
        for (int tab = 0; tab < 6 && !"username".equals(page.evaluate("() => document.activeElement.name")); tab++) {
            page.keyboard().press("Tab");
        }
        assertThat(page.getByLabel("Логін")).isFocused();
        page.keyboard().type(oksana.login());
        page.keyboard().press("Tab");
        page.keyboard().type(TestPeople.PASSWORD);
        page.keyboard().press("Enter");
        page.waitForURL(url -> URI.create(url).getPath().equals("/edit"));
    }

    @Test
    void anInvitationInUkrainianStaysUkrainianOnASmallPhoneThroughSettingThePassword() {
        Invitation invitation = people.invite(fixtures.admin(), new NewPerson(TestPeople.unique("petro"), "Petro", null));
        String link = URI.create(invitation.link()).getRawPath() + "?" + URI.create(invitation.link()).getRawQuery();
        Page page = visitor(View.phone(360, 740));
        page.navigate(url(link + "&lang=uk"));
        assertThat(page.getByText("Це посилання дає змогу увійти один раз.")).isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "uk");
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                .as("nothing wider than the phone").isTrue();
        page.locator("#one-time-sign-in").click();
        page.waitForURL(url -> url.endsWith("/edit/account/password"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Задайте пароль"))).isVisible();
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                .as("nothing wider than the phone").isTrue();
    }

    @Test
    void aPageThatIsNotThePersonsIsRefused() {
        Person nobody = fixtures.person("No Rights");
        Page page = visitor(View.DESKTOP);
        page.navigate(url("/login"));
        signIn(page, nobody.login(), TestPeople.PASSWORD);
        page.waitForURL(url -> URI.create(url).getPath().equals("/edit"));
        page.navigate(url("/edit/people"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not yours to open"))).isVisible();
        assertThat(page.locator("#people")).hasCount(0);
    }

    /** A browser of its own, from an address of its own (the app trusts the test as its proxy). */
    private Page visitor(View view) {
        Page page = newPage(view);
        page.context().setExtraHTTPHeaders(merged(view, "198.51.100." + ADDRESSES.incrementAndGet()));
        return page;
    }

    /** The address, and the browser's languages as {@link View} sends them (extra headers replace each other). */
    private static Map<String, String> merged(View view, String address) {
        if (view.language() == null) {
            return Map.of("X-Forwarded-For", address);
        }
        String primary = view.language().replaceAll("-.*", "");
        return Map.of("X-Forwarded-For", address, "Accept-Language", view.language() + "," + primary + ";q=0.9,en;q=0.5");
    }

    private static void signIn(Page page, String login, String password) {
        page.getByLabel("Login").fill(login);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).press("Enter");
    }

    private static String session(BrowserContext context) {
        return context.cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID")).map(cookie -> cookie.value)
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie"));
    }
}
