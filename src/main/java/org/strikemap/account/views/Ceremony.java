package org.strikemap.account.views;

/**
 * What frontend/account/passkeys.js answers for a passkey ceremony: whether it worked, the HTTP status of the step
 * that failed (0: the browser's own step, cancelled or unsupported), the server's message and its Retry-After.
 */
record Ceremony(boolean ok, int status, String message, String retryAfter) {

    /** Refused for a while after repeated failed sign-ins; the message says how long. */
    boolean throttled() {
        return status == 429 && message != null && !message.isEmpty();
    }
}
