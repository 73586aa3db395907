package org.strikemap.source;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.strikemap.dataset.DatasetCache;
import org.strikemap.dataset.DatasetVersion;

/**
 * The reports, the claims they carry and the dataset overview, cached in memory until the next load
 * (each call checks the loaded dataset's hash, one indexed row, so other instances' loads are seen too).
 */
@Service
public class SourceService {

    private record Snapshot(List<Source> sources, Map<String, Source> byId, Map<String, List<Claim>> claimsBySubject,
                            DatasetOverview overview) {
    }

    private final SourceRepository repository;
    private final DatasetCache<Snapshot> snapshot;

    SourceService(SourceRepository repository, DatasetVersion version) {
        this.repository = repository;
        this.snapshot = new DatasetCache<>(version, this::build);
    }

    public DatasetOverview overview() {
        return snapshot.get().overview();
    }

    /** Every source in file order. */
    public List<Source> all() {
        return snapshot.get().sources();
    }

    public Optional<Source> find(String id) {
        return Optional.ofNullable(snapshot.get().byId().get(id));
    }

    /** The claims about one strike id, or about {@link Claim#DATASET}, in file order. */
    public List<Claim> claimsAbout(String subject) {
        return snapshot.get().claimsBySubject().getOrDefault(subject, List.of());
    }

    private Snapshot build() {
        List<Source> sources = List.copyOf(repository.sources());
        Map<String, Source> byId = new LinkedHashMap<>();
        sources.forEach(source -> byId.put(source.id(), source));
        Map<String, List<Claim>> bySubject = repository.claims().stream()
                .collect(Collectors.groupingBy(Claim::subject, LinkedHashMap::new, Collectors.toUnmodifiableList()));
        LocalDate[] period = repository.reportedPeriod();
        DatasetOverview overview = Overviews.of(bySubject.getOrDefault(Claim.DATASET, List.of()), sources, period[0], period[1]);
        return new Snapshot(sources, Map.copyOf(byId), Map.copyOf(bySubject), overview);
    }
}
