package org.strikemap.account;

import java.time.Instant;

/** A one-time sign-in link for one person, and until when it works. Shown once, to the admin who asked for it. */
public record Invitation(String login, String link, Instant expires) {
}
