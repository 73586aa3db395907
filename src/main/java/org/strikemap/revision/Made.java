package org.strikemap.revision;

import java.time.Instant;
import org.strikemap.account.Editor;

/** Who made a change, when, and why (null when no reason was given). */
public record Made(Editor by, Instant at, String why) {
}
