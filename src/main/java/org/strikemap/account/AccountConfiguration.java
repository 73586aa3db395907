package org.strikemap.account;

import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.ott.JdbcOneTimeTokenService;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * The stores and parts the ways of signing in are built from (passwords, one-time tokens and passkeys in the
 * database, the authentication events, Vaadin's navigation checker). The filter chain that puts them together is
 * {@link SecurityConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

    /** Bcrypt for new passwords; a hash no encoder knows (a person with no password) matches nothing. */
    @Bean
    PasswordEncoder passwordEncoder() {
        DelegatingPasswordEncoder encoder = (DelegatingPasswordEncoder) PasswordEncoderFactories.createDelegatingPasswordEncoder();
        encoder.setDefaultPasswordEncoderForMatches(new NeverMatches());
        return encoder;
    }

    @Bean
    OneTimeTokenService oneTimeTokenService(JdbcTemplate jdbc) {
        return new JdbcOneTimeTokenService(jdbc);
    }

    @Bean
    PublicKeyCredentialUserEntityRepository passkeyUsers(JdbcTemplate jdbc) {
        return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
    }

    @Bean
    UserCredentialRepository passkeyCredentials(JdbcTemplate jdbc) {
        return new JdbcUserCredentialRepository(jdbc);
    }

    @Bean
    WebAuthnRelyingPartyOperations passkeyRelyingParty(PublicKeyCredentialUserEntityRepository users,
                                                       UserCredentialRepository credentials, Environment environment) {
        return new PasskeyRelyingParty(users, credentials, environment.getProperty("strikemap.public-url", ""),
                environment);
    }

    @Bean
    SsoPeople ssoPeople(PersonRepository repository, AuditLog audit) {
        return new SsoPeople(repository, audit);
    }

    /**
     * Every interactive sign-in publishes its success or failure (SignInEvents turns them into the audit log), also a
     * failure Spring has no event of its own for (a provider's refusal in single sign-on, a used one-time link).
     */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
        return publisher;
    }

    /** Vaadin's navigation access control with one checker, ours ({@link ViewAccess}). */
    @Bean
    NavigationAccessControlConfigurer navigationAccessControlConfigurer(People people) {
        return new NavigationAccessControlConfigurer().withNavigationAccessChecker(new ViewAccess(people));
    }

    /** The fallback of the delegating encoder: a stored value with no encoder's id never matches. */
    private static final class NeverMatches implements PasswordEncoder {

        @Override
        public String encode(CharSequence raw) {
            throw new UnsupportedOperationException("only for matching");
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return false;
        }
    }
}
