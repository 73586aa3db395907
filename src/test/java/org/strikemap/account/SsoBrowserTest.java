package org.strikemap.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strikemap.testing.SeedMapBrowserTest;
import org.strikemap.testing.View;

/**
 * Single sign-on with a newsroom's OpenID Connect provider ({@link NewsroomProvider}, Spring's authorization server
 * started inside the test) configured by the strikemap.sso properties alone: the sign-in page offers it; a first
 * sign-in makes a person with no rights, named by the provider; a person already known by their e-mail address is
 * that person; a revoked person and an unverified address are turned back to the sign-in page with the reason. The
 * app listens on a port chosen beforehand, as the provider must know where to send people back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class SsoBrowserTest extends SeedMapBrowserTest {

    private static final int APP_PORT = NewsroomProvider.freePort();
    private static ConfigurableApplicationContext provider;

    @Autowired
    People people;

    @Autowired
    PersonRepository repository;

    @Autowired
    JdbcClient jdbc;

    private TestPeople fixtures;

    @DynamicPropertySource
    static void newsroom(DynamicPropertyRegistry registry) {
        provider = NewsroomProvider.start(APP_PORT);
        registry.add("server.port", () -> APP_PORT);
        registry.add("strikemap.sso.issuer-uri", () -> "http://localhost:" + NewsroomProvider.port(provider));
        registry.add("strikemap.sso.client-id", () -> NewsroomProvider.CLIENT_ID);
        registry.add("strikemap.sso.client-secret", () -> NewsroomProvider.CLIENT_SECRET);
        registry.add("strikemap.sso.name", () -> "Newsroom");
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.close();
        }
    }

    @BeforeEach
    void people() {
        fixtures = new TestPeople(people, repository);
    }

    @Test
    void aFirstSignInMakesAPersonWithNoRights() {
        Page page = signInAtTheProvider("olena");
        page.waitForURL(url -> URI.create(url).getPath().equals("/edit"));
        Person olena = repository.byLogin("olena@" + NewsroomProvider.DOMAIN).orElseThrow().person();
        assertThat(olena.name()).isEqualTo("Olena (newsroom)");
        assertThat(olena.email()).isEqualTo("olena@" + NewsroomProvider.DOMAIN);
        assertThat(olena.roles()).isEmpty();
        assertThat(olena.admin()).isFalse();
        page.navigate(url("/edit/account"));
        assertThat(page.getByText("No maps yet: an admin gives you maps.")).isVisible();
        assertThat(jdbc.sql("select what from audit_log where person_id = ? order by id").param(olena.id())
                .query(String.class).list()).containsSubsequence("added by single sign-on, with no rights",
                "signed in by single sign-on");
    }

    @Test
    void aPersonKnownByTheirAddressIsThatPerson() {
        Invitation invited = people.invite(fixtures.admin(), new NewPerson("taras-k", "Taras Koval",
                "Taras@" + NewsroomProvider.DOMAIN));
        Page page = signInAtTheProvider("taras");
        page.waitForURL(url -> URI.create(url).getPath().equals("/edit"));
        page.navigate(url("/edit/account"));
        assertThat(page.getByText("Login: " + invited.login())).isVisible();
        assertThat(repository.byLogin("taras@" + NewsroomProvider.DOMAIN)).as("no second person").isEmpty();
    }

    @Test
    void aRevokedPersonAndAnUnverifiedAddressAreTurnedBack() {
        Person revoked = fixtures.person("Revoked Person");
        people.invite(fixtures.admin(), new NewPerson("revoked-by-email", "Revoked", "revoked@" + NewsroomProvider.DOMAIN));
        people.revoke(fixtures.admin(), repository.byLogin("revoked-by-email").orElseThrow().person().id());
        assertThat(revoked.active()).isTrue();
        for (String account : new String[] {"revoked", NewsroomProvider.UNVERIFIED}) {
            Page page = signInAtTheProvider(account);
            page.waitForURL(url -> url.endsWith("/login?sso-error"));
            assertThat(page.getByText("Single sign-on did not sign you in")).isVisible();
        }
        assertThat(repository.byLogin(NewsroomProvider.UNVERIFIED + "@" + NewsroomProvider.DOMAIN)).isEmpty();
    }

    /** Opens the sign-in page, takes its single sign-on button and signs in at the provider as {@code username}. */
    private Page signInAtTheProvider(String username) {
        Page page = newPage(View.DESKTOP);
        page.navigate(url("/login"));
        assertThat(page.locator("#sso-sign-in")).hasText("Sign in with Newsroom");
        page.locator("#sso-sign-in").click();
        page.waitForURL(url -> URI.create(url).getPort() == NewsroomProvider.port(provider));
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(NewsroomProvider.PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
        return page;
    }
}
