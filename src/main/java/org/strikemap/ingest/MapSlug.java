package org.strikemap.ingest;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The one rule for a map's slug, its address ({@code /maps/{slug}}, {@code /edit/{slug}}, {@code /api/maps/{slug}}),
 * for every way a map is made: a data/ folder's name ({@link MapFolders}) and a map created in the editor
 * (draft.DraftService). A slug is lower-case letters, digits and inner hyphens, at most 64 characters, and not one of
 * the {@link #RESERVED} words the app's own pages and APIs use where a slug stands. Limits: {@link #RESERVED} is kept
 * by hand; ReservedSlugsTest checks that it holds the first segment of every route that stands where a slug could.
 */
public final class MapSlug {

    private static final Pattern FORM = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");

    /**
     * Words a map cannot be called: the app's own pages below {@code /edit/} (account, audit, people) and words kept
     * for pages to come where a slug stands (a new map, an import, an export).
     */
    public static final Set<String> RESERVED = Set.of("account", "audit", "people", "new", "import", "imports",
            "export");

    private MapSlug() {
    }

    /** Why {@code slug} cannot name a map, or empty when it can. */
    public static Optional<String> problem(String slug) {
        if (slug == null || !FORM.matcher(slug).matches()) {
            return Optional.of("'" + slug + "' is not a map slug: lower-case letters, digits and hyphens inside, at"
                    + " most 64 characters (it is the map's address: /maps/<slug>)");
        }
        if (RESERVED.contains(slug)) {
            return Optional.of("'" + slug + "' cannot name a map: it is kept for the app's own pages, where a map's"
                    + " slug stands (/edit/" + slug + "); words kept: " + String.join(", ", new TreeSet<>(RESERVED)));
        }
        return Optional.empty();
    }
}
