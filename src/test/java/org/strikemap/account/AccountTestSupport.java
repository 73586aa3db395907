package org.strikemap.account;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.ott.JdbcOneTimeTokenService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Test support: the account services over a given (migrated) database, as Spring would wire them, and people with
 * rights for tests of other modules: {@link #person} makes a person with a role on a map the first time it is asked
 * for a name, and answers the same person afterwards (a child process may ask again on the same database).
 */
public final class AccountTestSupport {

    private static final String ADMIN = "test-admin";

    private final PersonRepository repository;
    private final AuditLog audit;
    private final People people;
    private final ApiTokens tokens;

    private AccountTestSupport(DataSource database) {
        JdbcClient jdbc = JdbcClient.create(database);
        repository = new PersonRepository(jdbc);
        Rights rights = new Rights(repository);
        audit = new AuditLog(jdbc, rights);
        JdbcOneTimeTokenService links = new JdbcOneTimeTokenService(new JdbcTemplate(database));
        people = new People(repository, rights, audit, links, new SignInLinks("", 8080),
                PasswordEncoderFactories.createDelegatingPasswordEncoder(), Duration.ofDays(7));
        tokens = new ApiTokens(jdbc, rights, audit);
    }

    public static AccountTestSupport over(DataSource database) {
        return new AccountTestSupport(database);
    }

    public People people() {
        return people;
    }

    public ApiTokens tokens() {
        return tokens;
    }

    public AuditLog audit() {
        return audit;
    }

    /** An admin of the test database. */
    public Editor admin() {
        return repository.byLogin(ADMIN).map(row -> row.person().editor()).orElseGet(() -> {
            people.firstAdmin(new NewPerson(ADMIN, "Test admin", null), Optional.empty());
            return repository.byLogin(ADMIN).orElseThrow().person().editor();
        });
    }

    /** The person named {@code name}, with {@code role} on the map {@code slug} (made on first ask). */
    public Editor person(String name, String slug, MapRole role) {
        String login = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        Editor admin = admin();
        Person person = repository.byLogin(login).map(PersonRepository.Row::person).orElseGet(() -> {
            people.invite(admin, new NewPerson(login, name, null));
            return repository.byLogin(login).orElseThrow().person();
        });
        people.grant(admin, person.id(), slug, role);
        return person.editor();
    }
}
