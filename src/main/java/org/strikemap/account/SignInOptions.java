package org.strikemap.account;

import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.strikemap.i18n.Messages;

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

    /**
     * Why sign-in is refused and for how long, in {@code words}' language: "Sign-in is paused … Try again in 1 second."
     * (seconds under two minutes, minutes above), as the sign-in page and the refusal page both say it.
     */
    public static String refusal(Messages words, Duration wait) {
        long seconds = SignInGuard.seconds(wait);
        String retry = seconds == 1 ? words.get("account.refused.second")
                : seconds < 120 ? words.get("account.refused.seconds", "count", seconds)
                : words.get("account.refused.minutes", "count", (seconds + 59) / 60);
        return words.get("account.refused.message") + " " + retry;
    }
}
