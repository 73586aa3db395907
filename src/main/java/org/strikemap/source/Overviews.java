package org.strikemap.source;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the {@link DatasetOverview} from the dataset-wide claims.
 * Limits: the claimed window is used only when the "attacks" claim's speaker dates it as "d MMMM yyyy to d MMMM yyyy".
 */
final class Overviews {

    private static final DateTimeFormatter CLAIMED = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private Overviews() {
    }

    /**
     * The period is the window the attack count is claimed for, when that claim dates it (the timeline spans what
     * the count covers); otherwise the span of the reported strikes' dates.
     */
    static DatasetOverview of(List<Claim> datasetClaims, List<Source> sources, LocalDate periodFrom, LocalDate periodTo) {
        Optional<Claim> attacks = first(datasetClaims, "attacks", null);
        int atLeast = attacks.map(Overviews::lowerBound).orElse(0);
        Optional<LocalDate[]> window = attacks.flatMap(claim -> first(datasetClaims, "date", claim)).flatMap(Overviews::dates);
        return new DatasetOverview(window.map(w -> w[0]).orElse(periodFrom),
                window.map(w -> w[1]).orElse(periodTo), atLeast, datasetClaims, sources);
    }

    /** The first claim of {@code kind}, made by the same speaker in the same report as {@code alongside} if given. */
    private static Optional<Claim> first(List<Claim> claims, String kind, Claim alongside) {
        return claims.stream()
                .filter(claim -> claim.kind().equals(kind))
                .filter(claim -> alongside == null
                        || (claim.by().equals(alongside.by()) && claim.sourceId().equals(alongside.sourceId())))
                .findFirst();
    }

    private static int lowerBound(Claim claim) {
        ClaimValue value = claim.value();
        if (value.exact() != null && value.exact().matches("\\d+")) {
            return Integer.parseInt(value.exact());
        }
        return value.min() != null ? value.min() : 0;
    }

    private static Optional<LocalDate[]> dates(Claim date) {
        String[] ends = date.value().exact() == null ? new String[0] : date.value().exact().split(" to ");
        if (ends.length != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LocalDate[] {LocalDate.parse(ends[0].strip(), CLAIMED), LocalDate.parse(ends[1].strip(), CLAIMED)});
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
