package org.strikemap.source;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/** Reads the reports and their claims as the last load left them, once per load (the dataset module calls it). */
@Service
public class SourceService {

    private final SourceRepository repository;

    SourceService(SourceRepository repository) {
        this.repository = repository;
    }

    public Sources read() {
        List<Source> sources = repository.sources();
        List<Claim> claims = repository.claims();
        LocalDate[] period = repository.reportedPeriod();
        List<Claim> datasetClaims = claims.stream().filter(claim -> Claim.DATASET.equals(claim.subject())).toList();
        return Sources.of(sources, claims, Overviews.of(datasetClaims, sources, period[0], period[1]));
    }
}
