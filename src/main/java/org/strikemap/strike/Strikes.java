package org.strikemap.strike;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One load's strikes with their claims and sources, in file order; immutable.
 * Limits: look-ups by id only; which strikes a day or window shows is the map's time rule (map.TimeWindow).
 */
public record Strikes(List<Strike> all, Map<String, Strike> byId) {

    public Strikes {
        all = List.copyOf(all);
        byId = Map.copyOf(byId);
    }

    static Strikes of(List<Strike> strikes) {
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
}
