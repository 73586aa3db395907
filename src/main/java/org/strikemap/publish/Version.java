package org.strikemap.publish;

import java.time.Instant;
import org.strikemap.account.Editor;

/**
 * One published version of a map: immutable, named by its content hash ({@code version}: the first 16 hex digits,
 * the name in the layers' addresses), who published it, when, with what note for readers, and the last revision it
 * includes (every change after it is still a draft).
 */
public record Version(String slug, String version, Instant publishedAt, Editor by, String note, long lastRevision) {
}
