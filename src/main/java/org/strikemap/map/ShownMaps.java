package org.strikemap.map;

import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.strikemap.dataset.Datasets;
import org.strikemap.dataset.LoadedDataset;

/**
 * Which published version of a map a reader's address shows: the latest, or the one its {@code ?version=} pins (an
 * article written against that version keeps showing it). The full page, the embed, the picture, oEmbed and the
 * downloads all ask here, so "an unknown version is 404" and "updated since" mean the same everywhere.
 * Limits: a version is only looked up among the map's own versions; a value that is not 16 hex digits is unknown
 * without a database read.
 */
@Component
public class ShownMaps {

    /** The address parameter that pins a version. */
    public static final String PARAMETER = "version";
    private static final Pattern VERSION = Pattern.compile("[0-9a-f]{16}");

    /**
     * What an address shows.
     *
     * @param map    the version shown
     * @param latest the latest version readers see
     * @param pinned the version the address named (kept in every link the page writes), or null
     */
    public record Shown(LoadedDataset map, LoadedDataset latest, String pinned) {

        /** Whether a newer version than the one shown has been published: the page says so and links the latest. */
        public boolean updatedSince() {
            return !map.version().equals(latest.version());
        }
    }

    private final Datasets datasets;
    private final VersionArchive archive;

    ShownMaps(Datasets datasets, VersionArchive archive) {
        this.datasets = datasets;
        this.archive = archive;
    }

    /**
     * The map {@code slug} names (the default map when null) at {@code version} (the latest when null or blank);
     * empty when there is no such map, or no such version of it.
     */
    public Optional<Shown> of(String slug, String version) {
        Optional<LoadedDataset> latest = slug == null ? Optional.of(datasets.current()) : datasets.find(slug);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        LoadedDataset now = latest.get();
        if (version == null || version.isBlank()) {
            return Optional.of(new Shown(now, now, null));
        }
        if (version.equals(now.version())) {
            return Optional.of(new Shown(now, now, version));
        }
        if (!VERSION.matcher(version).matches()) {
            return Optional.empty();
        }
        return archive.version(now.slug(), version).map(then -> new Shown(then, now, version));
    }
}
