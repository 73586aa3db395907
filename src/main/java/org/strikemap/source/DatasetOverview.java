package org.strikemap.source;

import java.time.LocalDate;
import java.util.List;

/**
 * What the map shows as a whole: a title, a subtitle built from the dataset-wide claims, the period the
 * reported strikes may fall in, and every dataset-wide claim with the sources. Dates are null when no
 * strike is loaded.
 */
public record DatasetOverview(String title, String subtitle, LocalDate periodFrom, LocalDate periodTo,
                              int attacksReportedAtLeast, List<Claim> claims, List<Source> sources) {

    public DatasetOverview {
        claims = List.copyOf(claims);
        sources = List.copyOf(sources);
    }
}
