package org.strikemap.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One load's reports and the claims they carry, with the dataset overview; immutable.
 * Limits: lookups are in-memory maps over a few hundred rows.
 */
public record Sources(List<Source> all, Map<String, Source> byId, Map<String, List<Claim>> claimsBySubject,
                      DatasetOverview overview) {

    public Sources {
        all = List.copyOf(all);
        byId = Map.copyOf(byId);
        claimsBySubject = Map.copyOf(claimsBySubject);
    }

    static Sources of(List<Source> sources, List<Claim> claims, DatasetOverview overview) {
        Map<String, Source> byId = new LinkedHashMap<>();
        sources.forEach(source -> byId.put(source.id(), source));
        Map<String, List<Claim>> bySubject = claims.stream()
                .collect(Collectors.groupingBy(Claim::subject, LinkedHashMap::new, Collectors.toUnmodifiableList()));
        return new Sources(sources, byId, bySubject, overview);
    }

    public Optional<Source> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The claims about one strike id, or about {@link Claim#DATASET}, in file order. */
    public List<Claim> claimsAbout(String subject) {
        return claimsBySubject.getOrDefault(subject, List.of());
    }

    /** The outlets in file order, each once: who the map's reports come from. */
    public List<String> outlets() {
        return all.stream().map(Source::outlet).distinct().toList();
    }
}
