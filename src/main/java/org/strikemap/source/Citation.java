package org.strikemap.source;

/** Where something is reported: the report's id and the sentence of it that carries the fact, word for word. */
public record Citation(String sourceId, String quote) {
}
