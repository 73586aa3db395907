package org.strikemap.region;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strikemap.strike.Strike;

/** One load's regions in boundary-file order; immutable. */
public record Regions(List<Region> all, Map<String, Region> byCode) {

    public Regions {
        all = List.copyOf(all);
        byCode = Map.copyOf(byCode);
    }

    static Regions of(List<Region> regions) {
        Map<String, Region> byCode = new LinkedHashMap<>();
        regions.forEach(region -> byCode.put(region.code(), region));
        return new Regions(regions, byCode);
    }

    public Optional<Region> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The region's name, or its code when the dataset has no such region. */
    public String nameOf(String code) {
        return find(code).map(Region::name).orElse(code);
    }

    /** The region's name in {@code language} ("en", "uk"), or its code when the dataset has no such region. */
    public String nameOf(String code, String language) {
        return find(code).map(region -> "uk".equals(language) ? region.nameUk() : region.name()).orElse(code);
    }

    /** How many of {@code strikes} are located attacks (StrikeStatus#countsAsAttack) in each region. */
    public Map<String, Integer> attackCounts(List<Strike> strikes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        all.forEach(region -> counts.put(region.code(), 0));
        for (Strike strike : strikes) {
            if (strike.status().countsAsAttack()) {
                counts.merge(strike.regionCode(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
