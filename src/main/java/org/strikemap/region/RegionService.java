package org.strikemap.region;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.strikemap.dataset.DatasetCache;
import org.strikemap.dataset.DatasetVersion;
import org.strikemap.strike.Strike;
import org.strikemap.strike.StrikeService;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ukraine's regions and how many reported strikes fall in each. The outlines are serialised once per load;
 * a request only splices in the counts for its date window.
 */
@Service
public class RegionService {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** {@code featurePrefixes} end just before the strikeCount value of each feature. */
    private record Snapshot(List<Region> regions, Map<String, Region> byCode, List<String> featurePrefixes) {
    }

    private final RegionRepository repository;
    private final StrikeService strikes;
    private final DatasetCache<Snapshot> snapshot;

    RegionService(RegionRepository repository, StrikeService strikes, DatasetVersion version) {
        this.repository = repository;
        this.strikes = strikes;
        this.snapshot = new DatasetCache<>(version, this::build);
    }

    /** All regions in boundary-file order. */
    public List<Region> all() {
        return snapshot.get().regions();
    }

    public Optional<Region> find(String code) {
        return Optional.ofNullable(snapshot.get().byCode().get(code));
    }

    /** Reported strikes (not incidents under investigation) per region code whose dates meet the window; every region present. */
    public Map<String, Integer> strikeCounts(LocalDate from, LocalDate to) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        all().forEach(region -> counts.put(region.code(), 0));
        for (Strike strike : strikes.between(from, to)) {
            if (strike.reported()) {
                counts.merge(strike.regionCode(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** GeoJSON of every region with properties code, name, nameUk and strikeCount for the window. */
    public String featureCollection(LocalDate from, LocalDate to) {
        Snapshot current = snapshot.get();
        Map<String, Integer> counts = strikeCounts(from, to);
        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < current.regions().size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append(current.featurePrefixes().get(i))
                    .append(counts.getOrDefault(current.regions().get(i).code(), 0))
                    .append("}}");
        }
        return json.append("]}").toString();
    }

    private Snapshot build() {
        List<Region> regions = new ArrayList<>();
        Map<String, Region> byCode = new LinkedHashMap<>();
        List<String> prefixes = new ArrayList<>();
        for (RegionRepository.Row row : repository.regions()) {
            Region region = row.region();
            regions.add(region);
            byCode.put(region.code(), region);
            prefixes.add("{\"type\":\"Feature\",\"id\":" + JSON.writeValueAsString(region.code())
                    + ",\"geometry\":" + row.geometryJson()
                    + ",\"properties\":{\"code\":" + JSON.writeValueAsString(region.code())
                    + ",\"name\":" + JSON.writeValueAsString(region.name())
                    + ",\"nameUk\":" + JSON.writeValueAsString(region.nameUk())
                    + ",\"strikeCount\":");
        }
        return new Snapshot(List.copyOf(regions), Map.copyOf(byCode), List.copyOf(prefixes));
    }
}
