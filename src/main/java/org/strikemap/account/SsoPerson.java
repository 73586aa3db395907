package org.strikemap.account;

import java.io.Serial;
import java.util.List;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A person signed in by single sign-on: the provider's user, named by the person's login and carrying their id. */
final class SsoPerson extends DefaultOidcUser implements SignedInPerson {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String login;

    SsoPerson(OidcUser provided, long id, String login) {
        super(List.of(PersonDetails.PERSON), provided.getIdToken(), provided.getUserInfo());
        this.id = id;
        this.login = login;
    }

    @Override
    public long personId() {
        return id;
    }

    @Override
    public String getName() {
        return login;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SsoPerson person && person.id == id && super.equals(other);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
