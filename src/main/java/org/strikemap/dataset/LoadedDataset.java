package org.strikemap.dataset;

import org.strikemap.basemap.BaseMap;
import org.strikemap.launch.LaunchGeography;
import org.strikemap.region.Regions;
import org.strikemap.source.Sources;
import org.strikemap.strike.Strikes;

/**
 * Everything one load of data/ holds, as typed immutable records, named by the files' content hash. Built once
 * after a load commits; a request or a view reads one of these and nothing else, so it never mixes two loads.
 */
public record LoadedDataset(String hash, DatasetDescription description, Sources sources, Strikes strikes,
                            Regions regions, LaunchGeography launch, BaseMap baseMap) {

    /** The hash shortened for URLs: 16 hex digits are plenty to tell loads apart. */
    public String version() {
        return hash.length() > 16 ? hash.substring(0, 16) : hash;
    }

    /** Attacks the claims count but the reports do not place; never negative when more are located. */
    public int unlocatedAttacks() {
        return Math.max(0, sources.overview().attacksReportedAtLeast() - strikes.locatedAttackCount());
    }
}
