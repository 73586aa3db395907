package org.strikemap.dataset;

import org.strikemap.basemap.BaseMap;
import org.strikemap.launch.LaunchGeography;
import org.strikemap.region.Regions;
import org.strikemap.source.Sources;
import org.strikemap.strike.Strikes;

/**
 * Everything one map holds, as typed immutable records: its slug, its words and framing, its reports and claims,
 * strikes, regions, launch geography and backdrop, named by its content hash. The loader builds one from a folder
 * and writes it; the registry reads it back and every request and view reads one of these and nothing else, so it
 * never mixes two loads.
 */
public record LoadedDataset(String slug, String hash, DatasetDescription description, Sources sources, Strikes strikes,
                            Regions regions, LaunchGeography launch, BaseMap baseMap) {

    /** The hash shortened for URLs: 16 hex digits are plenty to tell versions apart. */
    public String version() {
        return hash.length() > 16 ? hash.substring(0, 16) : hash;
    }

    /** Attacks the claims count but the reports do not place; never negative when more are located. */
    public int unlocatedAttacks() {
        return Math.max(0, sources.overview().attacksReportedAtLeast() - strikes.locatedAttackCount());
    }
}
