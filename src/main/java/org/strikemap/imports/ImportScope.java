package org.strikemap.imports;

/**
 * Which strikes of a map an import speaks for: those whose id starts with {@code prefix} (the ids it gives), and
 * whether one of those that the file lacks is removed ({@code replacesEarlier}: a newer ACLED export, or the next
 * fetch of a map's live data). A one-off CSV or GeoJSON import only adds and updates.
 */
public record ImportScope(String prefix, boolean replacesEarlier) {

    /** Live data's strikes: {@code live-…}, the feed's latest fetch being the whole of them. */
    public static final ImportScope LIVE = new ImportScope("live-", true);

    /** A file's own scope: its format's prefix; ACLED's newer export replaces the older. */
    public static ImportScope of(ImportFormat format) {
        return new ImportScope(format.prefix(), format.replacesEarlierImports());
    }

    /** The id a reader gave ({@code csv-17}) in this scope ({@code live-17}). */
    String id(ImportFormat format, String readId) {
        return prefix.equals(format.prefix()) ? readId : prefix + readId.substring(format.prefix().length());
    }
}
