package org.strikemap.account.views;

import java.time.Duration;
import java.util.Optional;

/**
 * What frontend/account/passkeys.js answers for a passkey ceremony: whether it worked, the HTTP status of the step
 * that failed (0: the browser's own step, cancelled or unsupported), the server's message and its Retry-After.
 */
record Ceremony(boolean ok, int status, String message, String retryAfter) {

    /** Refused for a while after repeated failed sign-ins; the message says how long. */
    boolean throttled() {
        return status == 429 && message != null && !message.isEmpty();
    }

    /**
     * How long to wait when refused for a while with no message of the sign-in guard's: past the address's budget of
     * sign-in attempts (ops.RateLimit), whose 429 says only Retry-After in seconds. Empty otherwise.
     */
    Optional<Duration> waitWithoutMessage() {
        if (status != 429 || throttled() || retryAfter == null) {
            return Optional.empty();
        }
        try {
            long seconds = Long.parseLong(retryAfter.strip());
            return seconds > 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
        } catch (NumberFormatException notSeconds) {
            return Optional.empty();
        }
    }
}
