package org.strikemap.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strikemap.testing.TestDatabase;

/**
 * Signing in over plain HTTP against the whole app, behind a trusted proxy so that each test is its own client
 * address: the session id changes at sign-in and a forged sign-out does nothing (signing out: SignInBrowserTest), repeated failures are slowed and then
 * refused (429, Retry-After, the reason on a page, the audit log), API tokens sign scripts in without a session and
 * stop at revocation, CSRF holds for a session, strangers get 401, and the first admin comes from the environment.
 * Small limits: an account may fail twice freely and is refused at its fourth failure; an address three and five.
 * Time is moved by moving the failures' time back in the database, not by waiting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.forward-headers-strategy=native",
        "strikemap.sign-in.account.free=2", "strikemap.sign-in.account.refuse-after=4",
        "strikemap.sign-in.account.refuse-for=15m",
        "strikemap.sign-in.address.free=3", "strikemap.sign-in.address.refuse-after=5",
        "strikemap.sign-in.address.refuse-for=15m",
        "strikemap.first-admin.login=chief", "strikemap.first-admin.name=Chief Editor"})
class SignInHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    PersonRepository repository;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    private TestPeople fixtures;

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabase.useRealDataIn(registry);
    }

    @BeforeEach
    void people() {
        fixtures = new TestPeople(people, repository);
    }

    @Test
    void theFirstAdminComesFromTheEnvironmentOnceWithNoPassword() {
        Person chief = repository.byLogin("chief").orElseThrow().person();
        assertThat(chief.admin()).isTrue();
        assertThat(chief.name()).isEqualTo("Chief Editor");
        assertThat(chief.standing().hasPassword()).isFalse();
        assertThat(auditLines(AuditLog.PERSON)).anyMatch(line -> line.contains("chief") && line.contains("made admin"));
    }

    @Test
    void signingInGivesANewSessionIdAndAForgedSignOutDoesNothing() throws Exception {
        Person olena = fixtures.person("Olena");
        Visitor browser = new Visitor(port, "198.51.100.11");
        assertThat(browser.openSignInPage().statusCode()).isEqualTo(200);
        String before = browser.sessionId().orElseThrow();
        assertThat(browser.get("/edit/account").statusCode()).isEqualTo(302);

        HttpResponse<String> signedIn = browser.signIn(olena.login(), TestPeople.PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).as("back where the sign-in was asked for")
                .contains("/edit/account");
        String after = browser.sessionId().orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(browser.get("/api/me").body()).contains("\"login\":\"" + olena.login() + "\"");
        assertThat(auditLines(AuditLog.SIGN_IN)).anyMatch(line -> line.contains("Olena") && line.contains("by password"));

        Visitor attacker = new Visitor(port, "198.51.100.12");
        attacker.useSession(before);
        assertThat(attacker.get("/api/me").statusCode()).as("the session id from before the sign-in").isEqualTo(401);

        assertThat(browser.post("/logout", "").statusCode()).as("a sign-out without the CSRF token").isEqualTo(403);
        assertThat(browser.get("/api/me").statusCode()).as("still signed in after a forged sign-out").isEqualTo(200);
    }

    @Test
    void repeatedFailuresForOneAccountAreSlowedThenRefusedWithTheReasonOnAPage() throws Exception {
        Person taras = fixtures.person("Taras");
        Visitor browser = new Visitor(port, "198.51.100.21");
        browser.openSignInPage();
        for (int i = 1; i <= 2; i++) {
            HttpResponse<String> wrong = browser.signIn(taras.login(), "wrong password " + i);
            assertThat(wrong.statusCode()).as("free failure %d", i).isEqualTo(302);
            assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        }
        HttpResponse<String> slowed = browser.signIn(taras.login(), TestPeople.PASSWORD);
        assertThat(slowed.statusCode()).isEqualTo(429);
        assertThat(slowed.headers().firstValue("Retry-After")).contains("1");
        assertThat(slowed.body()).contains("Sign-in is paused after repeated failed attempts.", "Try again in 1 second.",
                "href=\"/login\"");

        agoFailures();
        assertThat(browser.signIn(taras.login(), "wrong password 3").statusCode()).isEqualTo(302);
        HttpResponse<String> slower = browser.signIn(taras.login(), TestPeople.PASSWORD, "Accept-Language", "uk");
        assertThat(slower.statusCode()).isEqualTo(429);
        assertThat(slower.headers().firstValue("Retry-After")).contains("2");
        assertThat(slower.body()).contains("Вхід призупинено", "lang=\"uk\"");

        agoFailures();
        assertThat(browser.signIn(taras.login(), "wrong password 4").statusCode()).isEqualTo(302);
        HttpResponse<String> refused = browser.signIn(taras.login(), TestPeople.PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(840L, 900L);
        assertThat(refused.body()).contains("Try again in 15 minutes.");
        assertThat(auditLines(AuditLog.SIGN_IN_FAILED).stream().filter(line -> line.contains(taras.login()))).hasSize(4);
        assertThat(auditLines(AuditLog.SIGN_IN_LOCKED)).anyMatch(line -> line.contains("account " + taras.login()));
        HttpResponse<String> inUkrainian = browser.post("/login?lang=uk", "username=" + Visitor.encode(taras.login())
                + "&password=" + Visitor.encode(TestPeople.PASSWORD));
        assertThat(inUkrainian.statusCode()).as("the form of a page in Ukrainian posts to login?lang=uk").isEqualTo(429);
        assertThat(inUkrainian.body()).contains("lang=\"uk\"", "Спробуйте знову через 15 хв.");

        Visitor elsewhere = new Visitor(port, "198.51.100.22");
        elsewhere.openSignInPage();
        assertThat(elsewhere.signIn(taras.login(), TestPeople.PASSWORD).statusCode())
                .as("the account is refused from any address").isEqualTo(429);
    }

    @Test
    void repeatedFailuresFromOneAddressAreRefusedWhateverTheAccount() throws Exception {
        Person ivan = fixtures.person("Ivan");
        Visitor guesser = new Visitor(port, "198.51.100.31");
        guesser.openSignInPage();
        for (int i = 1; i <= 3; i++) {
            assertThat(guesser.signIn("nobody-" + i, "guess").statusCode()).isEqualTo(302);
        }
        assertThat(guesser.signIn("nobody-4", "guess").statusCode()).isEqualTo(429);
        agoFailures();
        assertThat(guesser.signIn("nobody-4", "guess").statusCode()).isEqualTo(302);
        agoFailures();
        assertThat(guesser.signIn("nobody-5", "guess").statusCode()).isEqualTo(302);
        HttpResponse<String> refused = guesser.signIn(ivan.login(), TestPeople.PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isGreaterThan(800L);
        assertThat(auditLines(AuditLog.SIGN_IN_LOCKED)).anyMatch(line -> line.contains("address 198.51.100.31"));

        Visitor neighbour = new Visitor(port, "198.51.100.32");
        neighbour.openSignInPage();
        assertThat(neighbour.signIn(ivan.login(), TestPeople.PASSWORD).statusCode())
                .as("the same account from another address").isEqualTo(302);
    }

    @Test
    void apiTokensSignScriptsInWithoutASessionUntilRevoked() throws Exception {
        Person script = fixtures.person("Import Script", TestDatabase.SEED_SLUG, MapRole.EDITOR);
        ApiToken.Made made = tokens.make(script.editor(), "nightly import");
        assertThat(made.secret()).startsWith("smt_").hasSizeGreaterThan(40);
        Visitor curl = new Visitor(port, "198.51.100.41");

        HttpResponse<String> me = curl.get("/api/me", "Authorization", "Bearer " + made.secret());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"login\":\"" + script.login() + "\"",
                "\"" + TestDatabase.SEED_SLUG + "\":\"editor\"");
        assertThat(me.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(curl.get("/api/dataset", "Authorization", "Bearer " + made.secret()).headers().allValues("Set-Cookie"))
                .isEmpty();
        assertThat(tokens.of(script.editor())).singleElement().satisfies(token -> assertThat(token.lastUsed()).isNotNull());
        assertThat(jdbc.sql("select token_hash from api_tokens where id = ?").param(made.token().id()).query(String.class)
                .single()).isEqualTo(ApiTokens.hash(made.secret())).doesNotContain(made.secret().substring(4));

        HttpResponse<String> wrong = curl.get("/api/me", "Authorization", "Bearer smt_not-a-token");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(curl.get("/api/me").statusCode()).isEqualTo(401);

        tokens.revoke(script.editor(), made.token().id());
        assertThat(curl.get("/api/me", "Authorization", "Bearer " + made.secret()).statusCode()).isEqualTo(401);
        assertThat(auditLines(AuditLog.API_TOKEN)).anyMatch(line -> line.contains("revoked the token"));
    }

    @Test
    void aRevokedPersonsSessionAndTokensStopAtTheirNextRequest() throws Exception {
        Person mykola = fixtures.person("Mykola");
        String token = tokens.make(mykola.editor(), "laptop").secret();
        Visitor browser = new Visitor(port, "198.51.100.51");
        browser.openSignInPage();
        assertThat(browser.signIn(mykola.login(), TestPeople.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(200);

        people.revoke(fixtures.admin(), mykola.id());
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
        assertThat(browser.get("/api/me", "Authorization", "Bearer " + token).statusCode()).isEqualTo(401);
        Visitor again = new Visitor(port, "198.51.100.52");
        again.openSignInPage();
        assertThat(again.signIn(mykola.login(), TestPeople.PASSWORD).headers().firstValue("Location").orElseThrow())
                .endsWith("/login?error");
    }

    @Test
    void strangersAndForgedRequestsAreRefused() throws Exception {
        Person olha = fixtures.person("Olha");
        Visitor stranger = new Visitor(port, "198.51.100.61");
        assertThat(stranger.post("/webauthn/register/options", "").statusCode()).isEqualTo(401);
        assertThat(stranger.get("/edit/people").headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(stranger.post("/ott/generate", "username=" + olha.login()).statusCode())
                .as("nobody may ask for a one-time link for someone").isIn(302, 401, 403, 404);
        assertThat(jdbc.sql("select count(*) from one_time_tokens where username = ?").param(olha.login())
                .query(Long.class).single()).as("one-time tokens for " + olha.login()).isOne();

        Visitor browser = new Visitor(port, "198.51.100.62");
        browser.openSignInPage();
        browser.signIn(olha.login(), TestPeople.PASSWORD);
        assertThat(browser.post("/webauthn/register/options", "").statusCode()).as("no CSRF token").isEqualTo(403);
        assertThat(browser.post("/webauthn/register/options", "", "X-CSRF-TOKEN", "forged").statusCode()).isEqualTo(403);
    }

    @Test
    void readersStillGetNoSession() throws Exception {
        Visitor reader = new Visitor(port, "198.51.100.71");
        for (String path : List.of("/", "/embed", "/maps/" + TestDatabase.SEED_SLUG, "/maps/" + TestDatabase.SEED_SLUG + "/embed",
                "/api/dataset", "/api/strikes", "/embed.png?width=200", "/login", "/login/ott?token=x", "/edit/account")) {
            HttpResponse<String> answer = reader.get(path);
            assertThat(answer.headers().allValues("Set-Cookie")).as(path + " (" + answer.statusCode() + ")").isEmpty();
        }
        assertThat(reader.sessionId()).isEmpty();
    }

    /** Moves every counted failure a minute back, as if a minute had passed. */
    private void agoFailures() {
        jdbc.sql("update sign_in_failures set last_failure = ?").param(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1))
                .update();
    }

    private List<String> auditLines(String kind) {
        return jdbc.sql("select person_name || ' | ' || what from audit_log where kind = ?").param(kind)
                .query(String.class).list();
    }
}
