package org.strikemap.account;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people who edit and their rights: who is signed in, who may edit or review which map, and what admins do with
 * people (invite with a one-time link, give and take rights, revoke access). Every right is read fresh from the
 * database. Every change to people and rights is in the audit log. Calls a person may not make throw
 * {@link NotAllowed}; input that is not taken throws {@link InvalidEntry} and changes nothing.
 */
@Service
public class People {

    private final PersonRepository repository;
    private final Rights rights;
    private final AuditLog audit;
    private final OneTimeTokenService oneTimeTokens;
    private final SignInLinks links;
    private final PasswordEncoder passwords;
    private final Duration invitationValidity;

    People(PersonRepository repository, Rights rights, AuditLog audit, OneTimeTokenService oneTimeTokens,
           SignInLinks links, PasswordEncoder passwords,
           @Value("${strikemap.invitations.valid-for:7d}") Duration invitationValidity) {
        this.repository = repository;
        this.rights = rights;
        this.audit = audit;
        this.oneTimeTokens = oneTimeTokens;
        this.links = links;
        this.passwords = passwords;
        this.invitationValidity = invitationValidity;
    }

    /** The signed-in person of this request or view (or the person whose API token the request carries), if any. */
    public Optional<Editor> current() {
        return signedIn().map(Person::editor);
    }

    /** The signed-in person with their rights, as their account page shows them. */
    public Optional<Person> signedIn() {
        return personOf(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The active person an authentication signed in, if it signed in one. */
    Optional<Person> personOf(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        Optional<PersonRepository.Row> row = authentication.getPrincipal() instanceof SignedInPerson person
                ? repository.byId(person.personId())
                : repository.byLogin(AccountRules.login(authentication.getName())); // a passkey's user entity
        return row.map(PersonRepository.Row::person).filter(Person::active);
    }

    public boolean isAdmin(Editor who) {
        return rights.isAdmin(who);
    }

    /** Editor or reviewer of the map, or an admin. */
    public boolean canEdit(Editor who, String slug) {
        return rights.canEdit(who, slug);
    }

    /** Reviewer of the map, or an admin. */
    public boolean canReview(Editor who, String slug) {
        return rights.canReview(who, slug);
    }

    /** Whether {@code who} holds {@code right} ({@link Requires}); a map right is for {@code slug}. */
    public boolean holds(Editor who, Right right, String slug) {
        return rights.holds(who, right, slug);
    }

    /**
     * The maps on which the person has a role, by slug. An admin may edit every map, also those without a role of
     * theirs: callers that list maps ask {@link #isAdmin} first.
     */
    public List<String> mapsOf(Editor who) {
        return rights.active(who).map(person -> repository.mapsOf(person.id())).orElse(List.of());
    }

    /** Gives {@code person} the one role {@code role} on the map (replacing another); admins only; audit-logged. */
    @Transactional
    public void grant(Editor admin, long person, String slug, MapRole role) {
        rights.requireAdmin(admin);
        Person target = activePerson(person);
        String map = slug(slug);
        if (target.roles().get(map) == role) {
            return;
        }
        repository.grant(target.id(), map, role, admin.id());
        audit.record(AuditLog.ROLE, admin, target.name() + " (" + target.login() + "): " + role.name().toLowerCase()
                + " of " + map);
    }

    /** Takes the person's role on the map away; admins only; audit-logged. */
    @Transactional
    public void withdraw(Editor admin, long person, String slug) {
        rights.requireAdmin(admin);
        Person target = activePerson(person);
        if (repository.withdraw(target.id(), slug(slug))) {
            audit.record(AuditLog.ROLE, admin, target.name() + " (" + target.login() + "): no role on " + slug);
        }
    }

    /** Everyone with an account, revoked ones too, with their standing and maps: active first, by name; admins only. */
    public List<Person> accounts(Editor admin) {
        rights.requireAdmin(admin);
        return repository.all();
    }

    /** Everyone whose access stands, by name, to give a role to; admins only. */
    public List<Editor> everyone(Editor admin) {
        return accounts(admin).stream().filter(Person::active).map(Person::editor).toList();
    }

    /** Who holds a role on a map: the person and the role. */
    public record Grant(Editor person, MapRole role) {
    }

    /** Who holds a role on the map {@code slug} (admins hold every map without one), by name; admins only. */
    public List<Grant> grants(Editor admin, String slug) {
        List<Person> all = accounts(admin);
        String map = slug(slug);
        return all.stream().filter(Person::active).filter(person -> person.roles().containsKey(map))
                .map(person -> new Grant(person.editor(), person.roles().get(map))).toList();
    }

    /**
     * Adds a person with no rights and answers their one-time sign-in link, after which they set a password;
     * admins only; audit-logged.
     */
    @Transactional
    public Invitation invite(Editor admin, NewPerson person) {
        rights.requireAdmin(admin);
        long id = add(person, false);
        Person added = repository.byId(id).orElseThrow().person();
        audit.record(AuditLog.PERSON, admin, "invited " + added.name() + " (" + added.login() + ")");
        return link(added);
    }

    /** A fresh one-time sign-in link for an active person (a lost password); admins only; audit-logged. */
    @Transactional
    public Invitation signInLink(Editor admin, long person) {
        rights.requireAdmin(admin);
        Person target = activePerson(person);
        audit.record(AuditLog.PERSON, admin, "one-time sign-in link for " + target.name() + " (" + target.login() + ")");
        return link(target);
    }

    /** Makes the person an admin; admins only; audit-logged. */
    @Transactional
    public void makeAdmin(Editor admin, long person) {
        rights.requireAdmin(admin);
        Person target = activePerson(person);
        if (!target.admin()) {
            repository.setAdmin(target.id(), true);
            audit.record(AuditLog.ROLE, admin, target.name() + " (" + target.login() + "): admin");
        }
    }

    /** Takes admin away from the person; never from the last admin; admins only; audit-logged. */
    @Transactional
    public void withdrawAdmin(Editor admin, long person) {
        rights.requireAdmin(admin);
        Person target = activePerson(person);
        if (target.admin()) {
            if (repository.activeAdmins() <= 1) {
                throw new InvalidEntry("account.rule.lastAdmin", "the last admin stays an admin");
            }
            repository.setAdmin(target.id(), false);
            audit.record(AuditLog.ROLE, admin, target.name() + " (" + target.login() + "): no longer admin");
        }
    }

    /**
     * Ends a person's access: no more sign-ins, their open sessions end at their next request, their roles, API
     * tokens and passkeys are void. Never the last admin; admins only; audit-logged.
     */
    @Transactional
    public void revoke(Editor admin, long person) {
        rights.requireAdmin(admin);
        Person target = activePerson(person);
        if (target.admin() && repository.activeAdmins() <= 1) {
            throw new InvalidEntry("account.rule.lastAdmin", "the last admin stays an admin");
        }
        repository.revoke(target.id());
        audit.record(AuditLog.PERSON, admin, "revoked " + target.name() + " (" + target.login() + ")");
    }

    /** Sets the signed-in person's own password (DelegatingPasswordEncoder); audit-logged. */
    @Transactional
    public void setPassword(Editor who, String password) {
        Person person = rights.requireActive(who);
        AccountRules.check(AccountRules.passwordProblem(password, person.login()), "the password is not taken: at least "
                + AccountRules.MIN_PASSWORD + " characters, at most " + AccountRules.MAX_PASSWORD_BYTES
                + " bytes, not the login");
        repository.setPassword(person.id(), passwords.encode(password));
        audit.record(AuditLog.PERSON, who, "set a new password");
    }

    /** The first admin (the admin command, or the environment on the first start): added, or made admin if known. */
    @Transactional
    Invitation firstAdmin(NewPerson person, Optional<String> password) {
        String login = AccountRules.login(person.login());
        Person admin = repository.byLogin(login).map(PersonRepository.Row::person).orElse(null);
        if (admin == null) {
            admin = repository.byId(add(person, true)).orElseThrow().person();
        } else {
            repository.restore(admin.id());
            repository.setAdmin(admin.id(), true);
        }
        if (password.isPresent()) {
            AccountRules.check(AccountRules.passwordProblem(password.get(), login),
                    "the first admin's password is not taken: at least " + AccountRules.MIN_PASSWORD + " characters");
            repository.setPassword(admin.id(), passwords.encode(password.get()));
        }
        audit.record(AuditLog.PERSON, Editor.FILES, admin.name() + " (" + admin.login() + ") made admin from the server's"
                + " command line or environment");
        return link(admin);
    }

    boolean anyAdmin() {
        return repository.anyAdmin();
    }

    private long add(NewPerson person, boolean admin) {
        String login = AccountRules.login(person.login());
        AccountRules.check(AccountRules.loginProblem(login), "a login is 1 to 100 lower-case letters, digits and . _ @ + -");
        AccountRules.check(AccountRules.nameProblem(person.name()), "a name is 1 to 200 characters");
        AccountRules.check(AccountRules.emailProblem(person.email()), "not an e-mail address");
        String email = person.email() == null || person.email().isBlank() ? null : AccountRules.login(person.email());
        if (repository.byLogin(login).isPresent()) {
            throw new InvalidEntry("account.rule.loginTaken", "the login " + login + " is taken");
        }
        if (email != null && repository.byEmail(email).isPresent()) {
            throw new InvalidEntry("account.rule.emailTaken", "the e-mail address " + email + " is someone else's");
        }
        return repository.insert(login, person.name().strip(), email, admin);
    }

    private Invitation link(Person person) {
        OneTimeToken token = oneTimeTokens.generate(new GenerateOneTimeTokenRequest(person.login(), invitationValidity));
        return new Invitation(person.login(), links.link(token.getTokenValue()), token.getExpiresAt());
    }

    private Person activePerson(long id) {
        return repository.byId(id).map(PersonRepository.Row::person).filter(Person::active)
                .orElseThrow(() -> new InvalidEntry("account.rule.noSuchPerson", "no such person, or their access is revoked"));
    }

    private static String slug(String slug) {
        String map = slug == null ? "" : slug.strip();
        if (map.isEmpty() || map.length() > 64) {
            throw new InvalidEntry("account.rule.map", "a map is named by its slug");
        }
        return map;
    }
}
