package org.strikemap.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The maps this server serves: every stored map as one immutable {@link LoadedDataset}, in their order, and which
 * one is the default (served at {@code /}, {@code /embed} and the {@code /api/*} paths that name no map):
 * {@code strikemap.default-map}, else the first. {@link #reload()} reads them after a load commits and swaps them in
 * atomically; the lookups never touch the database.
 */
@Service
public class Datasets {

    /** All maps of one reading, by slug in order, and the default's slug. */
    private record Atlas(Map<String, LoadedDataset> bySlug, String defaultSlug) {
    }

    private final MapStore store;
    private final String defaultMap;
    private final AtomicReference<Atlas> atlas = new AtomicReference<>();

    Datasets(MapStore store, @Value("${strikemap.default-map:}") String defaultMap) {
        this.store = store;
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
     * Reads every stored map (one snapshot of the database) and makes them current. Throws
     * {@link IllegalStateException} when there is none, or when {@code strikemap.default-map} names none of them.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public void reload() {
        Map<String, LoadedDataset> bySlug = new LinkedHashMap<>();
        for (String slug : store.slugs()) {
            store.read(slug).ifPresent(map -> bySlug.put(slug, map));
        }
        if (bySlug.isEmpty()) {
            throw new IllegalStateException("no map is stored: put a map's folder in strikemap.data-dir");
        }
        String chosen = defaultMap.isEmpty() ? bySlug.keySet().iterator().next() : defaultMap;
        if (!bySlug.containsKey(chosen)) {
            throw new IllegalStateException("strikemap.default-map is '" + defaultMap + "', but the maps are "
                    + String.join(", ", new ArrayList<>(bySlug.keySet())));
        }
        atlas.set(new Atlas(bySlug, chosen));
    }

    private Atlas loaded() {
        Atlas maps = atlas.get();
        if (maps == null) {
            throw new IllegalStateException("no map has been loaded yet");
        }
        return maps;
    }
}
