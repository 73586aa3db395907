package org.strikemap.source;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The reports, the claims they carry and the dataset overview, cached in memory until the next load
 * (each call checks the loaded dataset's hash, one indexed row, so other instances' loads are seen too).
 */
@Service
public class SourceService {

    private record Snapshot(String hash, List<Source> sources, Map<String, Source> byId,
                            Map<String, List<Claim>> claimsBySubject, DatasetOverview overview) {
    }

    private final SourceRepository repository;
    private volatile Snapshot snapshot;

    SourceService(SourceRepository repository) {
        this.repository = repository;
    }

    public DatasetOverview overview() {
        return current().overview();
    }

    /** Every source in file order. */
    public List<Source> all() {
        return current().sources();
    }

    public Optional<Source> find(String id) {
        return Optional.ofNullable(current().byId().get(id));
    }

    /** The claims about one strike id, or about {@link Claim#DATASET}, in file order. */
    public List<Claim> claimsAbout(String subject) {
        return current().claimsBySubject().getOrDefault(subject, List.of());
    }

    private Snapshot current() {
        // Read the hash before the data: if a load commits in between, the next call sees a new hash and rebuilds.
        String hash = repository.datasetHash();
        Snapshot cached = snapshot;
        if (cached == null || !cached.hash().equals(hash)) {
            cached = build(hash);
            snapshot = cached;
        }
        return cached;
    }

    private Snapshot build(String hash) {
        List<Source> sources = List.copyOf(repository.sources());
        Map<String, Source> byId = new LinkedHashMap<>();
        sources.forEach(source -> byId.put(source.id(), source));
        Map<String, List<Claim>> bySubject = repository.claims().stream()
                .collect(Collectors.groupingBy(Claim::subject, LinkedHashMap::new, Collectors.toUnmodifiableList()));
        LocalDate[] period = repository.reportedPeriod();
        DatasetOverview overview = Overviews.of(bySubject.getOrDefault(Claim.DATASET, List.of()), sources, period[0], period[1]);
        return new Snapshot(hash, sources, Map.copyOf(byId), Map.copyOf(bySubject), overview);
    }
}
