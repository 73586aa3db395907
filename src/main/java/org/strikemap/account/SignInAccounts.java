package org.strikemap.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The accounts every way of signing in looks up by login (password, one-time link, passkey): a revoked person is
 * not found, so no way lets them in (Spring's one-time-token and passkey providers check nothing else).
 */
@Component
class SignInAccounts implements UserDetailsService {

    private final PersonRepository repository;

    SignInAccounts(PersonRepository repository) {
        this.repository = repository;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return repository.byLogin(AccountRules.login(username)).filter(row -> row.person().active())
                .map(row -> new PersonDetails(row.person().id(), row.person().login(), row.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("no active account"));
    }
}
