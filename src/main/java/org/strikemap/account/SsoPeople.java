package org.strikemap.account;

import java.util.Optional;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * How a provider's account becomes a StrikeMap person: first by the provider's issuer and subject once linked; else
 * by e-mail address (the token's {@code email}, unless the provider says it is not verified), linking the two; else
 * a new person with no rights (an admin gives them maps), whose login is the e-mail address. No e-mail address, or a
 * revoked person: no sign-in. The person's name is the provider's {@code name} when they are new.
 */
class SsoPeople extends OidcUserService {

    private final PersonRepository repository;
    private final AuditLog audit;

    SsoPeople(PersonRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser provided = super.loadUser(request);
        String subject = AuditLog.cut(provided.getIssuer() + " " + provided.getSubject(), 600);
        String email = provided.getEmail() == null ? null : AccountRules.login(provided.getEmail());
        Optional<Person> linked = repository.bySsoSubject(subject).map(PersonRepository.Row::person);
        Person person = linked.orElse(null);
        if (person == null) {
            if (email == null || email.isEmpty() || Boolean.FALSE.equals(provided.getEmailVerified())
                    || AccountRules.emailProblem(email).isPresent()) {
                throw refused("the provider gave no verified e-mail address");
            }
            person = repository.byEmail(email).or(() -> repository.byLogin(email)).map(PersonRepository.Row::person)
                    .orElse(null);
            if (person == null) {
                String name = AccountRules.nameProblem(provided.getFullName()).isEmpty() ? provided.getFullName().strip() : email;
                long id = repository.insert(email, name, email, false);
                person = repository.byId(id).orElseThrow().person();
                audit.record(AuditLog.PERSON, person.editor(), "added by single sign-on, with no rights");
            }
            if (repository.ssoSubject(person.id()).isPresent()) {
                throw refused("this e-mail address belongs to a person linked to another account of the provider");
            }
            if (person.active()) {
                repository.linkSso(person.id(), subject);
            }
        }
        if (!person.active()) {
            throw refused("access revoked");
        }
        return new SsoPerson(provided, person.id(), person.login());
    }

    private static OAuth2AuthenticationException refused(String why) {
        return new OAuth2AuthenticationException(new OAuth2Error("access_denied", why, null));
    }
}
