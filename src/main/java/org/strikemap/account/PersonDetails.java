package org.strikemap.account;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A person as Spring Security signs them in: the login, the password hash (erased once signed in) and one
 * authority, {@code ROLE_PERSON}, since every right is read fresh from the database ({@link Rights}) rather than from
 * what the session remembers. Kept in the session, so it holds nothing but these.
 */
final class PersonDetails implements UserDetails, CredentialsContainer, SignedInPerson, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final GrantedAuthority PERSON = new SimpleGrantedAuthority("ROLE_PERSON");

    private final long id;
    private final String login;
    private String passwordHash;

    PersonDetails(long id, String login, String passwordHash) {
        this.id = id;
        this.login = login;
        // No password set: a value no encoder matches (DelegatingPasswordEncoder's fallback for an unknown id answers false).
        this.passwordHash = passwordHash == null ? "" : passwordHash;
    }

    @Override
    public long personId() {
        return id;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(PERSON);
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return login;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonDetails details && details.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "PersonDetails[" + id + ", " + login + "]";
    }
}
