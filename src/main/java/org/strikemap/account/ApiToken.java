package org.strikemap.account;

import java.time.Instant;

/** One of a person's API tokens as their account page lists it: never the token itself, only its first characters. */
public record ApiToken(long id, String label, String hint, Instant created, Instant lastUsed) {

    /** A token just made: {@code secret} is the whole token, shown this once and never stored. */
    public record Made(ApiToken token, String secret) {
    }
}
