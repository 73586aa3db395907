package org.strikemap.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.source.Claim;
import org.strikemap.strike.Strike;

/**
 * What changed for readers between two versions of a map: strikes added, removed and changed, field by field (the
 * place, region, point, how exact it is, the date, status, report, quote, note, and the claims about the strike).
 * Values are the records' own (a date is a {@code ReportedDate}); {@link Corrections} words them for readers.
 */
public final class VersionDiff {

    /** How a strike changed. */
    public enum Kind { ADDED, REMOVED, CHANGED }

    /** The fields readers see of a strike, in the order a change is told. */
    public enum Field { PLACE, REGION, POINT, LOCATION_PRECISION, DATE, STATUS, SOURCE, QUOTE, NOTE, CLAIMS }

    /** One field of one strike: its value before and after (null when absent). */
    public record FieldChange(Field field, Object from, Object to) {
    }

    /** One strike's change: the strike as it is now (as it was, when removed) and its changed fields. */
    public record StrikeChange(Strike strike, Kind kind, List<FieldChange> fields) {

        public StrikeChange {
            fields = List.copyOf(fields);
        }
    }

    private VersionDiff() {
    }

    /** The strikes of {@code after} that differ from {@code before} (null: every strike is added), in map order. */
    public static List<StrikeChange> between(LoadedDataset before, LoadedDataset after) {
        List<StrikeChange> changes = new ArrayList<>();
        for (Strike strike : after.strikes().all()) {
            Strike was = before == null ? null : before.strikes().find(strike.id()).orElse(null);
            if (was == null) {
                changes.add(new StrikeChange(strike, Kind.ADDED, List.of()));
                continue;
            }
            List<FieldChange> fields = fields(was, before, strike, after);
            if (!fields.isEmpty()) {
                changes.add(new StrikeChange(strike, Kind.CHANGED, fields));
            }
        }
        if (before != null) {
            before.strikes().all().stream().filter(strike -> after.strikes().find(strike.id()).isEmpty())
                    .forEach(strike -> changes.add(new StrikeChange(strike, Kind.REMOVED, List.of())));
        }
        return changes;
    }

    private static List<FieldChange> fields(Strike was, LoadedDataset before, Strike now, LoadedDataset after) {
        Map<Field, Object[]> values = new LinkedHashMap<>();
        values.put(Field.PLACE, new Object[] {was.location().place(), now.location().place()});
        values.put(Field.REGION, new Object[] {was.location().region(), now.location().region()});
        values.put(Field.POINT, new Object[] {was.location().point(), now.location().point()});
        values.put(Field.LOCATION_PRECISION, new Object[] {was.location().precision(), now.location().precision()});
        values.put(Field.DATE, new Object[] {was.date(), now.date()});
        values.put(Field.STATUS, new Object[] {was.status(), now.status()});
        values.put(Field.SOURCE, new Object[] {was.sourceId(), now.sourceId()});
        values.put(Field.QUOTE, new Object[] {was.citation().quote(), now.citation().quote()});
        values.put(Field.NOTE, new Object[] {was.note(), now.note()});
        values.put(Field.CLAIMS, new Object[] {claims(before, was), claims(after, now)});
        List<FieldChange> fields = new ArrayList<>();
        values.forEach((field, pair) -> {
            if (!Objects.equals(pair[0], pair[1])) {
                fields.add(new FieldChange(field, pair[0], pair[1]));
            }
        });
        return fields;
    }

    /** A strike's claims as readers read them: "3 killed (Prosecutor General)", in the map's order. */
    private static List<String> claims(LoadedDataset map, Strike strike) {
        return map.sources().claimsAbout(strike.id()).stream().map(VersionDiff::claim).toList();
    }

    private static String claim(Claim claim) {
        return claim.text() + " (" + claim.by() + ")";
    }
}
