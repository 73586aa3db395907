package org.strikemap.region;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strikemap.strike.Strike;

/** One map's regions in boundary-file order; none on a map without an area. Immutable. */
public record Regions(List<Region> all, Map<String, Region> byCode) {

    public Regions {
        all = List.copyOf(all);
        byCode = Map.copyOf(byCode);
    }

    public static Regions of(List<Region> regions) {
        Map<String, Region> byCode = new LinkedHashMap<>();
        regions.forEach(region -> byCode.put(region.code(), region));
        return new Regions(regions, byCode);
    }

    public Optional<Region> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    /** The region's name in {@code language} (in the data's own when it has none in that one), or its code. */
    public String nameOf(String code, String language) {
        return find(code).map(region -> region.name().in(language)).orElse(code);
    }

    /** How many of {@code strikes} are located attacks (StrikeStatus#countsAsAttack) in each region. */
    public Map<String, Integer> attackCounts(List<Strike> strikes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        all.forEach(region -> counts.put(region.code(), 0));
        for (Strike strike : strikes) {
            if (strike.status().countsAsAttack() && strike.location().region() != null) {
                counts.merge(strike.location().region(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
