package org.strikemap.account;

import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** What the sign-in page offers and says: single sign-on when configured, and whether this address must wait. */
@Service
public class SignInOptions {

    /** Where the single sign-on button goes: Spring Security's start of the provider's sign-in. */
    public static final String SSO_START = "/oauth2/authorization/" + SingleSignOn.REGISTRATION;

    private final SingleSignOn sso;
    private final SignInGuard guard;

    SignInOptions(SingleSignOn sso, SignInGuard guard) {
        this.sso = sso;
        this.guard = guard;
    }

    /** The single sign-on button's label, when a provider is configured. */
    public Optional<String> singleSignOn() {
        return sso.enabled() ? Optional.of(sso.name()) : Optional.empty();
    }

    /** How long sign-ins from the address of the request being answered must wait after repeated failures. */
    public Optional<Duration> waitHere() {
        return AuditLog.clientAddress().flatMap(address -> guard.wait(null, address));
    }
}
