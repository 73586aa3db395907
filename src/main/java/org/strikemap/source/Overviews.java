package org.strikemap.source;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the {@link DatasetOverview}: the subtitle repeats the dataset-wide "attacks" claim with its speaker,
 * e.g. "At least 12 attacks on seven regions, 30 Dec 2023 – 7 Feb 2024 (Prosecutor General Andriy Kostin)".
 * Limits: the window is shown only when the same speaker's "date" claim reads "d MMMM yyyy to d MMMM yyyy".
 */
final class Overviews {

    static final String TITLE = "North Korean missiles in Russia's strikes on Ukraine";

    private static final String[] SMALL_NUMBERS = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten"};
    private static final DateTimeFormatter CLAIMED = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private Overviews() {
    }

    /**
     * The period is the window the attack count is claimed for, when that claim dates it (the timeline spans what
     * the count covers); otherwise the span of the reported strikes' dates.
     */
    static DatasetOverview of(List<Claim> datasetClaims, List<Source> sources, LocalDate periodFrom, LocalDate periodTo) {
        Optional<Claim> attacks = first(datasetClaims, "attacks", null);
        int atLeast = attacks.map(Overviews::lowerBound).orElse(0);
        String subtitle = attacks.map(claim -> subtitle(claim, datasetClaims)).orElse("");
        Optional<LocalDate[]> window = attacks.flatMap(claim -> first(datasetClaims, "date", claim)).flatMap(Overviews::dates);
        return new DatasetOverview(TITLE, subtitle, window.map(w -> w[0]).orElse(periodFrom),
                window.map(w -> w[1]).orElse(periodTo), atLeast, datasetClaims, sources);
    }

    private static String subtitle(Claim attacks, List<Claim> claims) {
        StringBuilder text = new StringBuilder();
        text.append(attacks.value() != null ? attacks.value() : attacks.min() != null ? "At least " + attacks.min()
                : "Up to " + attacks.max());
        text.append(" attacks");
        first(claims, "regions-struck", attacks).ifPresent(regions -> text.append(" on ").append(regionCount(regions)));
        first(claims, "date", attacks).flatMap(Overviews::window).ifPresent(window -> text.append(", ").append(window));
        return text.append(" (").append(attacks.by()).append(")").toString();
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
        if (claim.value() != null && claim.value().matches("\\d+")) {
            return Integer.parseInt(claim.value());
        }
        return claim.min() != null ? claim.min() : 0;
    }

    private static String regionCount(Claim regions) {
        String count;
        if (regions.value() != null && regions.value().matches("\\d+")) {
            int n = Integer.parseInt(regions.value());
            count = n < SMALL_NUMBERS.length ? SMALL_NUMBERS[n] : Integer.toString(n);
        } else {
            count = regions.min() != null ? "at least " + regions.min() : regions.text();
        }
        return count + ("one".equals(count) ? " region" : " regions");
    }

    private static Optional<String> window(Claim date) {
        return dates(date).map(w -> SHOWN.format(w[0]) + " – " + SHOWN.format(w[1]));
    }

    private static Optional<LocalDate[]> dates(Claim date) {
        String[] ends = date.value() == null ? new String[0] : date.value().split(" to ");
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
