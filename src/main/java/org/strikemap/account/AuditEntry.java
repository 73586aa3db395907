package org.strikemap.account;

import java.time.Instant;

/** One line of the audit log: when, what kind of event, who (a name as it was then), what, from which address. */
public record AuditEntry(long id, Instant at, String kind, String who, String what, String address) {
}
