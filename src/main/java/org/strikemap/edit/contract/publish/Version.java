package org.strikemap.edit.contract.publish;

import java.time.Instant;

/** Stand-in for publish.Version (fields beyond the contract): an immutable published version of a map. */
public record Version(String slug, String version, int number, Instant at, String note) {
}
