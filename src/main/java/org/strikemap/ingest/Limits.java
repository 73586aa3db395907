package org.strikemap.ingest;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.strikemap.i18n.Text;
import org.strikemap.i18n.TextJson;

/**
 * The caps on a dataset, checked before anything reaches the database: each file's size and row count (documented in
 * data/DATASET.md) and each cell's length, which is its database column's length in the Flyway schema
 * (src/main/resources/db/migration; LimitsTest fails when the two disagree). Lengths count UTF-16 units, which is
 * never less than what H2 or PostgreSQL counts.
 */
final class Limits {

    /** The most bytes of any one file in the dataset folder. */
    static final long MAX_FILE_BYTES = 32L * 1024 * 1024;

    /** The most data rows (records after the header) in any one CSV file. */
    static final int MAX_ROWS = 250_000;

    /**
     * The longest stored text of one report ({@code sources.stored_text}, a CLOB), in characters: about 30,000 words, a
     * long article several times over. It also keeps a report's revision (its whole record as JSON, where a character
     * takes at most two) within {@code revisions.record}.
     */
    static final int MAX_SOURCE_TEXT = 200_000;

    /** Numbers, dates and codes that no text column stores: no reasonable one is longer. */
    static final int NON_TEXT_CELL = 64;

    /**
     * {@code table.column} to its varchar length, for every bounded text column the loader fills from the files. A
     * column of words per language (see {@link #WORDS}) holds them all as one JSON object.
     */
    static final Map<String, Integer> COLUMNS = Map.ofEntries(
            entry("map_texts.name", 64), entry("map_texts.text_value", 10_000),
            entry("sources.id", 32), entry("sources.file_name", 255), entry("sources.outlet", 500),
            entry("sources.headline", 1000), entry("sources.date_as_given", 500), entry("sources.note", 10_000),
            entry("sources.url", 2000),
            entry("regions.code", 8), entry("regions.name", 4000),
            entry("areas.kind", 16), entry("areas.id", 32), entry("areas.name", 4000), entry("areas.iso", 8),
            entry("places.name", 4000), entry("places.kind", 16), entry("places.country", 2),
            entry("places.source_text", 1000),
            entry("launch_sites.id", 64), entry("launch_sites.name", 4000), entry("launch_sites.area", 32),
            entry("launch_sites.claimed_by", 500), entry("launch_sites.source_id", 32), entry("launch_sites.quote", 10_000),
            entry("range_rings.launch_site", 64), entry("range_rings.label", 4000), entry("range_rings.claimed_by", 500),
            entry("range_rings.source_id", 32), entry("range_rings.quote", 10_000),
            entry("strikes.id", 64), entry("strikes.place", 4000), entry("strikes.region_code", 8),
            entry("strikes.location_precision", 16), entry("strikes.date_precision", 16), entry("strikes.status", 32),
            entry("strikes.source_id", 32), entry("strikes.quote", 10_000), entry("strikes.note", 40_000),
            entry("claims.id", 128), entry("claims.subject", 64), entry("claims.kind", 32), entry("claims.value_text", 1000),
            entry("claims.claim_text", 1000), entry("claims.claimed_by", 500), entry("claims.source_id", 32),
            entry("claims.quote", 10_000));

    /** Columns of words per language: the longest the words may be in any one language. */
    static final Map<String, Integer> WORDS = Map.of("strikes.place", 500, "strikes.note", 10_000, "regions.name", 200,
            "areas.name", 200, "places.name", 200, "launch_sites.name", 200, "range_rings.label", 500);

    /** Bounded text columns that no file fills. */
    static final Map<String, String> NOT_FROM_FILES = Map.ofEntries(
            entry("maps.slug", "the folder's name (checked as a slug)"), entry("maps.content_hash", "the loader's SHA-256"),
            entry("revisions.kind", "a record kind"), entry("revisions.record_id", "a record's id, checked as such"),
            entry("revisions.author_name", "a person's name, checked by the account module"),
            entry("revisions.why", "an editor's reason"), entry("revisions.record", "a record as JSON, its fields checked"),
            entry("map_versions.version", "the content hash's first 16 digits"),
            entry("map_versions.content_hash", "the loader's SHA-256"),
            entry("map_versions.published_by", "a person's name"), entry("map_versions.note", "a reviewer's note"),
            entry("import_mappings.columns_key", "a header's SHA-256"), entry("import_mappings.mapping", "a column mapping as JSON"),
            entry("import_mappings.saved_by", "a person's name"),
            entry("live_feeds.url", "an address, checked by imports.LiveFeeds"), entry("live_feeds.format", "an import format"),
            entry("live_feeds.mapping", "a column mapping as JSON"), entry("live_feeds.set_by_name", "a person's name"),
            entry("live_feeds.last_outcome", "an outcome's name"), entry("live_feeds.last_message", "a fetch's problems, cut"),
            entry("live_feeds.last_content_hash", "a SHA-256"));

    /** Each CSV file's table. */
    static final Map<String, String> TABLES = Map.of(DatasetReader.DESCRIPTION, "map_texts", DatasetReader.SOURCES,
            "sources", DatasetReader.STRIKES, "strikes", DatasetReader.CLAIMS, "claims", DatasetReader.PLACES, "places",
            DatasetReader.LAUNCH_SITES, "launch_sites", DatasetReader.RANGE_RINGS, "range_rings");

    /** {@code table.file column} to the table's column, where the names differ. */
    private static final Map<String, String> RENAMED = Map.ofEntries(
            entry("map_texts.key", "name"), entry("map_texts.value", "text_value"),
            entry("sources.file", "file_name"),
            entry("strikes.region", "region_code"), entry("strikes.source", "source_id"),
            entry("claims.value", "value_text"), entry("claims.text", "claim_text"), entry("claims.by", "claimed_by"),
            entry("claims.source", "source_id"),
            entry("places.source", "source_text"),
            entry("launch_sites.by", "claimed_by"), entry("launch_sites.source", "source_id"),
            entry("range_rings.by", "claimed_by"), entry("range_rings.source", "source_id"));

    /** A translation's column: the column it translates, then "_" and a language tag ({@code place_uk}). */
    private static final Pattern TRANSLATION = Pattern.compile("(.+)_" + Text.TAG.pattern());

    private Limits() {
    }

    /** The table column ({@code table.column}) a CSV file's column fills, or null when it fills no text column. */
    static String columnOf(String file, String column) {
        String table = TABLES.get(file);
        if (table == null) {
            throw new IllegalArgumentException("no table for " + file);
        }
        String name = table + "." + RENAMED.getOrDefault(table + "." + column, column);
        Matcher translation = TRANSLATION.matcher(column);
        if (!COLUMNS.containsKey(name) && translation.matches() && WORDS.containsKey(table + "." + translation.group(1))) {
            return table + "." + translation.group(1);
        }
        return COLUMNS.containsKey(name) ? name : null;
    }

    /** The longest value a CSV file's column may hold. */
    static int cell(String file, String column) {
        String name = columnOf(file, column);
        return name == null ? NON_TEXT_CELL : WORDS.getOrDefault(name, COLUMNS.get(name));
    }

    /** Fails when {@code value} is longer than {@code table.column} holds, or holds a control character. */
    static String text(String value, String tableColumn, Failure failure) {
        if (value == null) {
            return null;
        }
        checkLength(value, COLUMNS.get(tableColumn), tableColumn, failure);
        checkCharacters(value, failure);
        return value;
    }

    /** Fails when {@code text}, stored as words per language, is longer than {@code table.column} holds. */
    static void checkStored(Text text, String tableColumn, Failure failure) {
        int stored = TextJson.write(text).length();
        if (stored > COLUMNS.get(tableColumn)) {
            throw failure.at("is " + stored + " characters long in all its languages together; " + tableColumn
                    + " holds at most " + COLUMNS.get(tableColumn));
        }
    }

    /** Fails when one language's words are longer than the column allows, or hold a control character. */
    static Text text(Text text, String tableColumn, Failure failure) {
        if (text == null) {
            return null;
        }
        text.byLanguage().values().forEach(words -> {
            checkLength(words, WORDS.get(tableColumn), tableColumn, failure);
            checkCharacters(words, failure);
        });
        checkStored(text, tableColumn, failure);
        return text;
    }

    static void checkLength(String value, int max, String what, Failure failure) {
        if (value.length() > max) {
            throw failure.at("is " + value.length() + " characters long; " + what + " holds at most " + max);
        }
    }

    /**
     * Control characters other than tab and line ends are never text a reader should see, and PostgreSQL refuses NUL.
     */
    static void checkCharacters(String value, Failure failure) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || c == '\uFEFF') {
                throw failure.at(String.format("holds the control character U+%04X at character %d", (int) c, i + 1));
            }
        }
    }

    /** Turns a reason into the exception that names the file, line and column at fault. */
    @FunctionalInterface
    interface Failure {
        DatasetException at(String reason);
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
