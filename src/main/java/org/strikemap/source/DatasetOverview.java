package org.strikemap.source;

import java.time.LocalDate;
import java.util.List;

/**
 * What the claims say about the dataset as a whole: the period the reported strikes may fall in, how many attacks
 * are claimed at the least, and every dataset-wide claim with the sources. Dates are null when no strike is loaded.
 */
public record DatasetOverview(LocalDate periodFrom, LocalDate periodTo, int attacksReportedAtLeast, List<Claim> claims,
                              List<Source> sources) {

    public DatasetOverview {
        claims = List.copyOf(claims);
        sources = List.copyOf(sources);
    }
}
