package org.strikemap.share;

/**
 * Where one map's pages are, relative to the site's base URL: the default map at {@code ""}, {@code embed} and
 * {@code embed.png} (the addresses every embed code already pasted into an article names), any map at
 * {@code maps/{slug}}, {@code maps/{slug}/embed} and {@code maps/{slug}/embed.png}.
 */
public record MapPaths(String slug) {

    /** The default map's addresses. */
    public static final MapPaths DEFAULT = new MapPaths(null);

    /** The addresses of the map {@code slug}. */
    public static MapPaths of(String slug) {
        return new MapPaths(slug);
    }

    /** The full map: {@code ""} or {@code maps/{slug}}. */
    public String page() {
        return slug == null ? "" : "maps/" + slug;
    }

    /** The embed: {@code embed} or {@code maps/{slug}/embed}. */
    public String embed() {
        return folder() + "embed";
    }

    /** The map as a picture: {@code embed.png} or {@code maps/{slug}/embed.png}. */
    public String picture() {
        return folder() + "embed.png";
    }

    /** A download of the map's data, {@code file} "strikes.csv" etc.: {@code api/strikes.csv} or {@code api/maps/{slug}/strikes.csv}. */
    public String data(String file) {
        return "api/" + folder() + file;
    }

    /** From the embed's folder to the site root: {@code ""} or {@code ../../}. */
    public String rootFromEmbed() {
        return slug == null ? "" : "../../";
    }

    /** From the embed to its full map: {@code ./} or {@code ../{slug}}. */
    public String pageFromEmbed() {
        return slug == null ? "./" : "../" + slug;
    }

    private String folder() {
        return slug == null ? "" : "maps/" + slug + "/";
    }
}
