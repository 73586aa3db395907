package org.strikemap.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureProviderNotFoundEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authentication.ott.OneTimeTokenAuthentication;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthentication;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.stereotype.Component;

/**
 * Spring Security's authentication events (published by the providers of every interactive way of signing in; API
 * tokens publish none, so scripts do not fill the log) into the audit log and the sign-in guard: a success is a
 * "sign-in" line and forgets the account's failures, a failure is counted and logged, a sign-out is a line.
 */
@Component
class SignInEvents {

    private final SignInGuard guard;
    private final AuditLog audit;
    private final People people;

    SignInEvents(SignInGuard guard, AuditLog audit, People people) {
        this.guard = guard;
        this.audit = audit;
        this.people = people;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        people.personOf(authentication).ifPresent(person -> {
            guard.succeeded(person.login());
            audit.record(AuditLog.SIGN_IN, person.editor(), "signed in " + how(authentication));
        });
    }

    /**
     * A failed attempt. "No provider" is not one: the manager every sign-in falls back to says it when the way of
     * signing in was another's (a one-time link, single sign-on), whose own failure comes as its own event.
     */
    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureProviderNotFoundEvent) {
            return;
        }
        Authentication attempt = event.getAuthentication();
        String login = attempt instanceof UsernamePasswordAuthenticationToken ? AccountRules.login(attempt.getName()) : null;
        String address = AuditLog.clientAddress().orElse("(no request)");
        guard.failed(login == null || login.isEmpty() ? null : login, address, how(attempt), reason(event.getException()));
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        people.personOf(event.getAuthentication())
                .ifPresent(person -> audit.record(AuditLog.SIGN_OUT, person.editor(), "signed out"));
    }

    /** Why an attempt failed, for the log: the exception's message and its cause's. */
    static String reason(Throwable failure) {
        Throwable cause = failure.getCause();
        return failure.getMessage() + (cause == null || cause == failure ? "" : " (" + cause.getMessage() + ")");
    }

    /** The way of signing in, as the audit log says it. */
    static String how(Authentication authentication) {
        if (authentication instanceof UsernamePasswordAuthenticationToken) {
            return "by password";
        }
        if (authentication instanceof OneTimeTokenAuthentication || authentication instanceof OneTimeTokenAuthenticationToken) {
            return "by one-time link";
        }
        if (authentication instanceof WebAuthnAuthentication || authentication instanceof WebAuthnAuthenticationRequestToken) {
            return "by passkey";
        }
        return authentication.getClass().getSimpleName().startsWith("OAuth2") ? "by single sign-on" : "by another way";
    }
}
