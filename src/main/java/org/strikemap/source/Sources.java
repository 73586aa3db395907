package org.strikemap.source;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One map's reports and the claims they carry, with the map's overview; immutable.
 * Limits: lookups are in-memory maps.
 */
public record Sources(List<Source> all, Map<String, Source> byId, List<Claim> claims,
                      Map<String, List<Claim>> claimsBySubject, DatasetOverview overview) {

    public Sources {
        all = List.copyOf(all);
        byId = Map.copyOf(byId);
        claims = List.copyOf(claims);
        claimsBySubject = Map.copyOf(claimsBySubject);
    }

    /**
     * The reports and claims in file order; {@code periodFrom..periodTo} is the span of the reported strikes' dates,
     * the map's period unless a dataset-wide claim dates the attack count (null when there are none).
     */
    public static Sources of(List<Source> sources, List<Claim> claims, LocalDate periodFrom,
                             LocalDate periodTo) {
        Map<String, Source> byId = new LinkedHashMap<>();
        sources.forEach(source -> byId.put(source.id(), source));
        Map<String, List<Claim>> bySubject = claims.stream()
                .collect(Collectors.groupingBy(Claim::subject, LinkedHashMap::new, Collectors.toUnmodifiableList()));
        List<Claim> datasetClaims = bySubject.getOrDefault(Claim.DATASET, List.of());
        return new Sources(sources, byId, claims, bySubject, Overviews.of(datasetClaims, sources, periodFrom, periodTo));
    }

    public Optional<Source> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The claims about one strike id, or about {@link Claim#DATASET}, in file order. */
    public List<Claim> claimsAbout(String subject) {
        return claimsBySubject.getOrDefault(subject, List.of());
    }

    /** Every report cited about {@code subject}: by {@code ownSource} and by the claims about it, in id order. */
    public List<Source> citedAbout(String subject, String ownSource) {
        TreeSet<String> cited = new TreeSet<>();
        cited.add(ownSource);
        claimsAbout(subject).forEach(claim -> cited.add(claim.sourceId()));
        return cited.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /** The outlets in file order, each once: who the map's reports come from. */
    public List<String> outlets() {
        return all.stream().map(Source::outlet).distinct().toList();
    }
}
