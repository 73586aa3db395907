package org.strikemap.source;

/**
 * One of the news reports the data is traced to: {@code id} is the seed file's three-digit prefix.
 * {@code headline} and {@code note} are null when the report has none; {@code dateAsGiven} is the report's
 * own wording ("Thursday"), never a computed date.
 */
public record Source(String id, String file, String outlet, String headline, String dateAsGiven, String note) {
}
