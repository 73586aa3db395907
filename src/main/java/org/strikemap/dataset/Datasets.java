package org.strikemap.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The maps readers see: the latest published version of every map that is not archived, each one immutable
 * {@link LoadedDataset}, in their order, and which one is the default (served at {@code /}, {@code /embed} and the
 * {@code /api/*} paths that name no map): {@code strikemap.default-map}, else the first. The publish module
 * {@link #replace}s them whenever a version is published (here or by another instance); the lookups never touch the
 * database.
 */
@Service
public class Datasets {

    /** All maps of one reading, by slug in order, and the default's slug. */
    private record Atlas(Map<String, LoadedDataset> bySlug, String defaultSlug) {
    }

    private final String defaultMap;
    private final AtomicReference<Atlas> atlas = new AtomicReference<>();

    Datasets(@Value("${strikemap.default-map:}") String defaultMap) {
        this.defaultMap = defaultMap.strip();
    }

    /** The default map; throws {@link IllegalStateException} before the first load. */
    public LoadedDataset current() {
        Atlas maps = loaded();
        return maps.bySlug().get(maps.defaultSlug());
    }

    /** The map {@code slug} names, if this server has one. */
    public Optional<LoadedDataset> find(String slug) {
        return slug == null ? Optional.empty() : Optional.ofNullable(loaded().bySlug().get(slug));
    }

    /** The map whose version (its hash's first 16 hex digits) is {@code version}. */
    public Optional<LoadedDataset> byVersion(String version) {
        return loaded().bySlug().values().stream().filter(map -> map.version().equals(version)).findFirst();
    }

    /** Every map, in order. */
    public List<LoadedDataset> all() {
        return List.copyOf(loaded().bySlug().values());
    }

    public boolean isDefault(LoadedDataset map) {
        return loaded().defaultSlug().equals(map.slug());
    }

    /**
     * Makes {@code maps} (each the latest published version of a map, archived maps left out) what readers see, in
     * their order. While {@code strikemap.default-map} names none of them (during a start's loads, or once it was
     * archived) the first is the default; {@link #requireDefault()} says when that is a mistake.
     */
    public synchronized void replace(List<LoadedDataset> maps) {
        Map<String, LoadedDataset> bySlug = new LinkedHashMap<>();
        maps.forEach(map -> bySlug.put(map.slug(), map));
        if (bySlug.isEmpty()) {
            atlas.set(new Atlas(Map.of(), null));
            return;
        }
        String chosen = bySlug.containsKey(defaultMap) ? defaultMap : bySlug.keySet().iterator().next();
        atlas.set(new Atlas(java.util.Collections.unmodifiableMap(bySlug), chosen));
    }

    /** Throws {@link IllegalStateException} when {@code strikemap.default-map} names none of the maps readers see. */
    public void requireDefault() {
        Atlas maps = atlas.get();
        if (!defaultMap.isEmpty() && (maps == null || !maps.bySlug().containsKey(defaultMap))) {
            throw new IllegalStateException("strikemap.default-map is '" + defaultMap + "', but the maps are "
                    + (maps == null ? "none" : String.join(", ", new ArrayList<>(maps.bySlug().keySet()))));
        }
    }

    /** Whether readers have a map to see yet. */
    public boolean ready() {
        Atlas maps = atlas.get();
        return maps != null && maps.defaultSlug() != null;
    }

    private Atlas loaded() {
        Atlas maps = atlas.get();
        if (maps == null || maps.defaultSlug() == null) {
            throw new IllegalStateException("no map has been published yet");
        }
        return maps;
    }
}
