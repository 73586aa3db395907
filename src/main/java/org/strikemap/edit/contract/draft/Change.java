package org.strikemap.edit.contract.draft;

import java.time.Instant;
import org.strikemap.edit.contract.account.Editor;

/** Stand-in for draft.Change: one saved change since the last version; {@code before} null for a new record, {@code after} null for a deletion. */
public record Change(RecordKey key, Editor author, Instant at, String why, Object before, Object after) {
}
