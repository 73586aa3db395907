package org.strikemap.map;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strikemap.dataset.LoadedDataset;

/**
 * Every published version of every map, for readers: a version pinned by an article's embed, the layers of an older
 * version (their addresses never change), and each map's log of corrections. The publish module keeps it.
 */
public interface VersionArchive {

    /** One published version as readers' log tells it, with what changed from the one before, worded per language. */
    record Published(String version, Instant publishedAt, String note, List<VersionDiff.StrikeChange> changes,
                     Map<String, List<String>> sentences) {

        public Published {
            changes = List.copyOf(changes);
            sentences = Map.copyOf(sentences);
        }

        /** The sentences in {@code language}, in English when that one has none. */
        public List<String> sentences(String language) {
            return sentences.getOrDefault(language, sentences.getOrDefault("en", List.of()));
        }
    }

    /** Any published version of the map {@code slug}. */
    Optional<LoadedDataset> version(String slug, String version);

    /** The published version named {@code version}, of whichever map. */
    Optional<LoadedDataset> byVersion(String version);

    /** The map's published versions, newest first (empty for an unknown map). */
    List<Published> log(String slug);

    /** The log's entry of one version of the map {@code slug}, if it has one. */
    default Optional<Published> published(String slug, String version) {
        return log(slug).stream().filter(entry -> entry.version().equals(version)).findFirst();
    }
}
