package org.strikemap.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.strikemap.testing.Axe;
import org.strikemap.testing.SeedMapBrowserTest;
import org.strikemap.testing.TestDatabase;
import org.strikemap.testing.View;

/**
 * The account's pages in a real browser: an admin invites a person with the keyboard, gives them a map and revokes
 * them on the people page; the audit log shows what happened; a person makes an API token (shown once), sees it
 * listed and revokes it; the pages fit a phone and speak Ukrainian, and axe finds nothing serious on them.
 */
class AccountViewsBrowserTest extends SeedMapBrowserTest {

    @Autowired
    People people;

    @Autowired
    PersonRepository repository;

    @Autowired
    ApiTokens tokens;

    private TestPeople fixtures;

    @BeforeEach
    void people() {
        fixtures = new TestPeople(people, repository);
    }

    @Test
    void anAdminInvitesGivesAMapAndRevokesAndTheAuditLogSaysSo() {
        Person chief = fixtures.admin("Chief");
        Page page = signedIn(View.DESKTOP, chief);
        page.navigate(url("/edit/people"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("People"))).isVisible();

        page.locator("#invite").focus();
        page.keyboard().press("Enter");
        Locator dialog = page.locator("#invite-dialog");
        String login = TestPeople.unique("hanna");
        page.locator("#invite-login input").fill(login);
        page.locator("#invite-name input").fill("Hanna <b>Bold</b>");
        page.locator("#invite-email input").fill(login + "@newsroom.example");
        page.locator("#invite-send").click();
        assertThat(page.locator("#invite-link input")).hasValue(java.util.regex.Pattern.compile(".*/login/ott\\?token=[0-9a-f-]{36}$"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close")).click();
        assertThat(dialog).isHidden();

        Locator row = page.locator("#people").getByText("Hanna <b>Bold</b>");
        assertThat(row).isVisible();
        row.click();
        assertThat(page.locator("#person h2")).hasText("Hanna <b>Bold</b>");
        page.locator("#grant-map input").fill(TestDatabase.SEED_SLUG);
        page.locator("#grant-map input").press("Enter");
        page.locator("#grant").click();
        assertThat(page.locator("#person-roles")).containsText(TestDatabase.SEED_SLUG);
        Person hanna = fixtures.find(login);
        assertThat(hanna.roles()).containsEntry(TestDatabase.SEED_SLUG, MapRole.EDITOR);

        page.locator("#person-revoke").click();
        page.locator("#confirm-revoke").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revoke access"))
                .click();
        assertThat(page.locator("#person")).containsText("access revoked");
        assertThat(fixtures.find(login).active()).isFalse();

        page.navigate(url("/edit/audit"));
        Locator audit = page.locator("#audit");
        assertThat(audit).containsText("invited Hanna <b>Bold</b> (" + login + ")");
        assertThat(audit).containsText("editor of " + TestDatabase.SEED_SLUG);
        assertThat(audit).containsText("revoked Hanna <b>Bold</b>");
        assertThat(Axe.seriousIn(page)).as("axe on the audit log").isEmpty();
    }

    @Test
    void aTokenIsShownOnceListedWithItsStartAndRevoked() {
        Person olha = fixtures.person("Olha Token");
        Page page = signedIn(View.DESKTOP, olha);
        page.navigate(url("/edit/account"));
        page.locator("#token-label input").fill("nightly import");
        page.locator("#token-make").click();
        Locator made = page.locator("#token-made input");
        assertThat(made).hasValue(java.util.regex.Pattern.compile("smt_[A-Za-z0-9_-]{43}"));
        String secret = made.inputValue();
        assertThat(page.locator("#tokens")).containsText("nightly import");
        assertThat(page.locator("#tokens")).containsText(secret.substring(0, 8) + "…");
        assertThat(page.locator("#tokens")).not().containsText(secret);
        assertThat(Axe.seriousIn(page)).as("axe on the account page").isEmpty();

        page.reload();
        assertThat(page.locator("#tokens")).containsText("nightly import");
        assertThat(page.locator("#token-made")).isHidden();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke the token nightly import")).click();
        // The grid's empty-state words are always in its text; they show once it has no row left.
        assertThat(page.locator("#tokens").getByText("No tokens.")).isVisible();
        assertThat(tokens.of(olha.editor())).isEmpty();
    }

    @Test
    void theAdminsPagesFitAPhoneAndSpeakUkrainian() {
        Person chief = fixtures.admin("Головна редакторка");
        Page page = signedIn(View.phone(360, 740).inLanguage("uk-UA"), chief);
        for (String path : List.of("/edit/people", "/edit/audit", "/edit/account", "/edit/account/password")) {
            page.navigate(url(path));
            assertThat(page.locator(".sm-editor-bar")).containsText("Вийти");
            assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("nothing wider than the phone on %s", path).isTrue();
        }
        page.navigate(url("/edit/people"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Люди"))).isVisible();
        page.locator("#people").getByText("Головна редакторка").click();
        assertThat(page.locator("#person")).containsText("Нове посилання для входу");
        assertThat(Axe.seriousIn(page)).as("axe on the people page").isEmpty();
    }

    /** A browser signed in as {@code person} with their password. */
    private Page signedIn(View view, Person person) {
        Page page = newPage(view);
        page.navigate(url("/login"));
        page.locator("input[name=username]").fill(person.login());
        page.locator("input[name=password]").fill(TestPeople.PASSWORD);
        page.locator("input[name=password]").press("Enter");
        page.waitForURL(url -> URI.create(url).getPath().equals("/edit"));
        return page;
    }
}
