package org.strikemap.strike;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One map's strikes in file order, by id; immutable.
 * Limits: look-ups by id only; which strikes a day or window shows is the map's time rule (map.TimeWindow).
 */
public record Strikes(List<Strike> all, Map<String, Strike> byId) {

    public Strikes {
        all = List.copyOf(all);
        byId = Map.copyOf(byId);
    }

    public static Strikes of(List<Strike> strikes) {
        Map<String, Strike> byId = new LinkedHashMap<>();
        strikes.forEach(strike -> byId.put(strike.id(), strike));
        return new Strikes(strikes, byId);
    }

    public Optional<Strike> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** How many strikes are located attacks ({@link StrikeStatus#countsAsAttack()}). */
    public int locatedAttackCount() {
        return (int) all.stream().filter(strike -> strike.status().countsAsAttack()).count();
    }

    /** The earliest start of the reported attacks' dates; null when there are none. */
    public LocalDate reportedFrom() {
        return all.stream().filter(strike -> strike.status().countsAsAttack()).map(strike -> strike.date().from())
                .min(LocalDate::compareTo).orElse(null);
    }

    /** The latest known end of the reported attacks' dates (open ends ignored); null when none is known. */
    public LocalDate reportedTo() {
        return all.stream().filter(strike -> strike.status().countsAsAttack()).map(strike -> strike.date().to()).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
    }
}
