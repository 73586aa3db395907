package org.strikemap.publish;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.strikemap.dataset.Datasets;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.dataset.MapStore;
import org.strikemap.ingest.MapReader;

/**
 * Keeps what readers see ({@link Datasets}) the latest published version of every map that is not archived. A version
 * published here is swapped in as its transaction commits; one published by another instance sharing the database
 * is found by polling the versions table ({@code strikemap.versions.poll}, 1 s), so every instance shows it within
 * a couple of seconds, with no restart. Open reader views pick it up at their next exchange, as after a restart.
 * Limits: a changed version is read whole from its files (a few seconds for 100,000 strikes).
 */
@Service
public class PublishedMaps {

    private static final Logger log = LoggerFactory.getLogger(PublishedMaps.class);

    private final VersionStore versions;
    private final MapStore store;
    private final Datasets datasets;
    /** By slug: the version row each map shows, and what was read from it. */
    private final Map<String, Long> shown = new HashMap<>();
    private final Map<String, LoadedDataset> read = new HashMap<>();

    PublishedMaps(VersionStore versions, MapStore store, Datasets datasets) {
        this.versions = versions;
        this.store = store;
        this.datasets = datasets;
    }

    /** Reads every map's latest version anew where it changed, and makes them what readers see. */
    @Scheduled(fixedDelayString = "${strikemap.versions.poll:1s}", initialDelayString = "${strikemap.versions.poll:1s}")
    public synchronized void refresh() {
        Map<String, VersionStore.Stored> latest = versions.latest();
        List<MapStore.StoredMap> maps = store.maps();
        boolean changed = false;
        for (MapStore.StoredMap map : maps) {
            VersionStore.Stored version = latest.get(map.slug());
            if (version == null || Objects.equals(shown.get(map.slug()), version.id())) {
                continue;
            }
            read.put(map.slug(), MapReader.files(versions.files(version.id()), map.slug(), "versions/" + map.slug() + "/"));
            shown.put(map.slug(), version.id());
            changed = true;
            log.info("Map {} shows version {}", map.slug(), version.version().version());
        }
        List<LoadedDataset> visible = maps.stream().filter(map -> !map.archived() && read.containsKey(map.slug()))
                .map(map -> read.get(map.slug())).toList();
        if (changed || !visible.equals(datasets.ready() ? datasets.all() : List.of())) {
            datasets.replace(visible);
        }
    }

    /** Throws when strikemap.default-map names no published map: a start's settings are wrong. */
    void requireDefault() {
        datasets.requireDefault();
    }

    /** Shows what the current transaction publishes once it commits. */
    void afterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            refresh();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                refresh();
            }
        });
    }
}
