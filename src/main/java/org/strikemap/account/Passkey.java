package org.strikemap.account;

import java.time.Instant;

/** One of a person's passkeys as their account page lists it. {@code id} is the credential's id, base64url. */
public record Passkey(String id, String label, Instant created, Instant lastUsed) {
}
