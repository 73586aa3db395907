package org.strikemap.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.strikemap.dataset.DatasetDescription;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.edit.contract.draft.RecordKey;
import org.strikemap.edit.contract.draft.RecordKind;
import org.strikemap.launch.LaunchGeography;
import org.strikemap.launch.LaunchSite;
import org.strikemap.launch.Ring;
import org.strikemap.source.Claim;
import org.strikemap.source.Source;
import org.strikemap.source.Sources;
import org.strikemap.strike.Strike;
import org.strikemap.strike.Strikes;

/**
 * Test only: one record put into, found in or removed from a whole map (LoadedDataset), for {@link FakeNewsroom}.
 * A record is replaced in place, a new one appended. The only rule kept: a record's report is one of the map's.
 */
final class RecordDraft {

    private RecordDraft() {
    }

    static RecordKey key(Object record, String slug) {
        return RecordKeys.of(record, slug);
    }

    static List<RecordKey> keys(LoadedDataset map) {
        List<RecordKey> keys = new ArrayList<>();
        map.strikes().all().forEach(strike -> keys.add(key(strike, map.slug())));
        map.sources().claims().forEach(claim -> keys.add(key(claim, map.slug())));
        map.sources().all().forEach(source -> keys.add(key(source, map.slug())));
        map.launch().sites().forEach(site -> keys.add(key(site, map.slug())));
        map.launch().rings().forEach(ring -> keys.add(key(ring, map.slug())));
        keys.add(new RecordKey(RecordKind.WORDS, map.slug()));
        return keys;
    }

    static Object find(LoadedDataset map, RecordKey key) {
        return switch (key.kind()) {
            case STRIKE -> map.strikes().find(key.id()).orElse(null);
            case CLAIM -> map.sources().claims().stream().filter(claim -> claim.id().equals(key.id())).findFirst().orElse(null);
            case SOURCE -> map.sources().find(key.id()).orElse(null);
            case LAUNCH_SITE -> map.launch().sites().stream().filter(site -> site.id().equals(key.id())).findFirst().orElse(null);
            case RING -> map.launch().rings().stream().filter(ring -> ring.id().equals(key.id())).findFirst().orElse(null);
            case WORDS -> map.description();
        };
    }

    static LoadedDataset put(LoadedDataset map, Object record) {
        String source = switch (record) {
            case Strike strike -> strike.sourceId();
            case Claim claim -> claim.sourceId();
            case LaunchSite site -> site.citation().sourceId();
            case Ring ring -> ring.citation().sourceId();
            default -> null;
        };
        if (source != null && map.sources().find(source).isEmpty()) {
            throw new IllegalArgumentException("source " + source + " is not one of the map's sources");
        }
        return change(map, key(record, map.slug()), record);
    }

    static LoadedDataset remove(LoadedDataset map, RecordKey key) {
        return change(map, key, null);
    }

    /** The records whose quote is neither found in its report nor checked by hand. */
    static List<RecordKey> uncheckedQuotes(LoadedDataset map) {
        List<RecordKey> keys = new ArrayList<>();
        map.strikes().all().stream().filter(strike -> !QuoteState.of(strike.citation(), map.sources()).stands())
                .forEach(strike -> keys.add(key(strike, map.slug())));
        map.sources().claims().stream().filter(claim -> !QuoteState.of(claim.citation(), map.sources()).stands())
                .forEach(claim -> keys.add(key(claim, map.slug())));
        return keys;
    }

    private static LoadedDataset change(LoadedDataset map, RecordKey key, Object record) {
        Strikes strikes = map.strikes();
        Sources sources = map.sources();
        LaunchGeography launch = map.launch();
        DatasetDescription description = map.description();
        switch (key.kind()) {
            case STRIKE -> strikes = Strikes.of(replace(strikes.all(), s -> s.id().equals(key.id()), (Strike) record));
            case CLAIM -> sources = Sources.of(sources.all(), replace(sources.claims(), c -> c.id().equals(key.id()),
                    (Claim) record), strikes.reportedFrom(), strikes.reportedTo());
            case SOURCE -> sources = Sources.of(replace(sources.all(), s -> s.id().equals(key.id()), (Source) record),
                    sources.claims(), strikes.reportedFrom(), strikes.reportedTo());
            case LAUNCH_SITE -> launch = LaunchGeography.of(replace(launch.sites(), s -> s.id().equals(key.id()),
                    (LaunchSite) record), launch.rings(), launch.areas());
            case RING -> launch = LaunchGeography.of(launch.sites(), replace(launch.rings(), r -> r.id().equals(key.id()),
                    (Ring) record), launch.areas());
            case WORDS -> description = (DatasetDescription) record;
        }
        if (key.kind() == RecordKind.STRIKE) {
            sources = Sources.of(sources.all(), sources.claims(), strikes.reportedFrom(), strikes.reportedTo());
        }
        return new LoadedDataset(map.slug(), map.hash() + "+", description, sources, strikes, map.regions(), launch,
                map.baseMap());
    }

    private static <T> List<T> replace(List<T> all, Predicate<T> same, T record) {
        List<T> changed = new ArrayList<>();
        boolean replaced = false;
        for (T item : all) {
            if (same.test(item)) {
                replaced = true;
                if (record != null) {
                    changed.add(record);
                }
            } else {
                changed.add(item);
            }
        }
        if (!replaced && record != null) {
            changed.add(record);
        }
        return changed;
    }
}
