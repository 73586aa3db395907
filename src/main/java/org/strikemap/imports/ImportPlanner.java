package org.strikemap.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.geo.GeoPoint;
import org.strikemap.i18n.Text;
import org.strikemap.ingest.RecordRules;
import org.strikemap.region.Region;
import org.strikemap.region.Regions;
import org.strikemap.source.Citation;
import org.strikemap.source.Claim;
import org.strikemap.source.ClaimValue;
import org.strikemap.source.Source;
import org.strikemap.source.Sources;
import org.strikemap.strike.DatePrecision;
import org.strikemap.strike.Location;
import org.strikemap.strike.LocationPrecision;
import org.strikemap.strike.ReportedDate;
import org.strikemap.strike.Strike;
import org.strikemap.strike.StrikeStatus;
import org.strikemap.strike.Strikes;

/**
 * Meets an import's rows with a map's draft: each row becomes a strike (its region from its point by the region
 * rule, or its anchor from the region it names), its reports ({@code src-<hash of name or address>}, the same report
 * the same id in every import) and its death toll as a "killed" claim per report ({@code <strike>-killed-<n>}); every
 * record checked by the loader's rules. A strike already in the map with the same id is updated in its place, a new
 * one is added last, and for ACLED a strike of an earlier export that the newer one lacks is removed. Rows outside
 * the map's area are left out and listed; a row whose date is empty is "not known" from the file's first day on.
 */
final class ImportPlanner {

    static final String SOURCE_PREFIX = "src-";
    private static final int SHOWN = 10;
    /** Points this close (degrees, about 1 km) are one place for the duplicate check. */
    private static final double SAME_PLACE = 0.01;

    private final LoadedDataset draft;
    private final ImportFormat format;
    private final ImportScope scope;
    private final String file;
    private final String language;
    private final RegionFinder regions;
    private final List<String> problems = new ArrayList<>();
    private final List<ImportPreview.Outside> outside = new ArrayList<>();
    private final Map<String, Source> sources;
    /** A report's id by its key, and an outlet's comparison key: worked out once per file, not once per row. */
    private final Map<String, String> sourceIds = new HashMap<>();
    private final Map<String, String> outletKeys = new HashMap<>();
    private int newSources;

    private ImportPlanner(LoadedDataset draft, ImportFormat format, ImportScope scope, String file) {
        this.draft = draft;
        this.format = format;
        this.scope = scope;
        this.file = file;
        this.language = draft.description().words().title().original();
        this.regions = new RegionFinder(draft.regions());
        this.sources = new LinkedHashMap<>(draft.sources().byId().size());
        draft.sources().all().forEach(source -> sources.put(source.id(), source));
    }

    /** The plan of rows read from a file of {@code format} named {@code file}, with the problems reading found. */
    static ImportPlan plan(LoadedDataset draft, ImportFormat format, String file, RowSink read) {
        return plan(draft, format, ImportScope.of(format), file, read);
    }

    /** As above, the rows' ids in {@code scope} (live data's, say). */
    static ImportPlan plan(LoadedDataset draft, ImportFormat format, ImportScope scope, String file, RowSink read) {
        return new ImportPlanner(draft, format, scope, file).plan(read);
    }

    private ImportPlan plan(RowSink read) {
        read.problems().forEach(problem -> problems.add(problem.toString()));
        LocalDate firstDay = read.rows().stream().filter(row -> row.date() != null).map(row -> row.date().from())
                .min(LocalDate::compareTo).orElse(draft.strikes().reportedFrom());
        Map<String, Integer> lines = new HashMap<>();
        Map<String, Strike> incoming = new LinkedHashMap<>();
        Map<String, List<Claim>> claims = new HashMap<>();
        Map<String, List<String>> reportsOf = new HashMap<>();
        for (ImportedRow given : read.rows()) {
            ImportedRow row = new ImportedRow(given.line(), scope.id(format, given.id()), given.where(), given.date(),
                    given.report());
            Integer earlier = lines.putIfAbsent(row.id(), row.line());
            if (earlier != null) {
                problem(row, "id " + row.id() + " is also the id of line " + earlier);
                continue;
            }
            if (row.date() == null && firstDay == null) {
                problem(row, "the date is empty, and no row of the file or strike of the map has one to start from");
                continue;
            }
            Placed placed = place(row);
            if (placed == null) {
                continue;
            }
            List<Source> cited = row.report().sources().stream().map(this::source).toList();
            Set<String> ids = new HashSet<>();
            cited.forEach(source -> ids.add(source.id()));
            ReportedDate date = row.date() != null ? row.date() : new ReportedDate(firstDay, null, DatePrecision.UNKNOWN);
            String quote = row.report().quote();
            Strike strike = new Strike(row.id(), new Location(Text.of(language, placed.name()), null, placed.point(),
                    placed.precision()), date, StrikeStatus.REPORTED, new Citation(cited.getFirst().id(), quote),
                    Text.ofNullable(language, row.report().note()));
            // The region came from the point by the region rule itself: everything else is checked as an editor's save is.
            List<String> reasons = new ArrayList<>(RecordRules.strike(strike, Regions.of(List.of()), ids));
            List<Claim> killed = killed(row, cited, quote);
            killed.forEach(claim -> reasons.addAll(RecordRules.claim(claim, Set.of(row.id()), ids)));
            if (!reasons.isEmpty()) {
                reasons.forEach(reason -> problem(row, reason));
                continue;
            }
            cited.forEach(source -> {
                if (sources.putIfAbsent(source.id(), source) == null) {
                    newSources++;
                }
            });
            incoming.put(row.id(), new Strike(strike.id(), new Location(strike.location().place(), placed.region(),
                    placed.point(), placed.precision()), date, strike.status(), strike.citation(), strike.note()));
            claims.put(row.id(), killed);
            reportsOf.put(row.id(), cited.stream().map(source -> outletKeys.computeIfAbsent(source.outlet(),
                    ImportPlanner::key)).toList());
        }
        return merge(read.read(), incoming, claims, reportsOf, lines);
    }

    /** Where a row is on this map, or null when it is not (a problem, or outside the area: both noted). */
    private Placed place(ImportedRow row) {
        ImportedRow.Where where = row.where();
        GeoPoint point = where.point();
        if (!regions.hasRegions()) {
            if (point == null) {
                problem(row, "no coordinates, and the map has no area whose region could place it");
                return null;
            }
            return new Placed(name(where, null, point), null, point, where.precision());
        }
        Region named = null;
        if (where.region() != null) {
            named = regions.named(where.region()).orElse(null);
            if (named == null) {
                problem(row, "region '" + Cells.shown(where.region()) + "' is not a code or name of one of the map's regions");
                return null;
            }
        }
        if (point == null) {
            return new Placed(name(where, named, null), named.code(), regions.anchor(named), LocationPrecision.REGION);
        }
        Region located = regions.at(point).orElse(null);
        if (located == null) {
            outside.add(new ImportPreview.Outside(at(row), where.place(), point));
            return null;
        }
        if (named != null && !named.code().equals(located.code())) {
            problem(row, "the point " + point + " lies in " + located.code() + ", not in the region the file gives ("
                    + Cells.shown(where.region()) + ")");
            return null;
        }
        return new Placed(name(where, located, point), located.code(), point, where.precision());
    }

    private record Placed(String name, String region, GeoPoint point, LocationPrecision precision) {
    }

    /** The place as the file names it; else the region's name; else the point. */
    private String name(ImportedRow.Where where, Region region, GeoPoint point) {
        if (where.place() != null) {
            return where.place();
        }
        return region != null ? region.name().in(language) : point.toString();
    }

    private Source source(ImportedRow.Named named) {
        String id = sourceIds.computeIfAbsent(named.key(), key -> Cells.hashed(SOURCE_PREFIX, key));
        Source known = sources.get(id);
        if (known != null) {
            return known;
        }
        String outlet = named.name() != null ? named.name() : named.url();
        String note = named.url() != null ? named.url() + " (imported from " + file + ")" : "imported from " + file;
        return new Source(id, id, outlet, null, "not given", note);
    }

    private static List<Claim> killed(ImportedRow row, List<Source> cited, String quote) {
        Integer killed = row.report().killed();
        if (killed == null) {
            return List.of();
        }
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < cited.size(); i++) {
            claims.add(new Claim(row.id() + "-killed-" + (i + 1), row.id(), "killed", ClaimValue.exactly(killed.toString()),
                    killed + " killed", cited.get(i).outlet(), new Citation(cited.get(i).id(), quote)));
        }
        return claims;
    }

    private ImportPlan merge(int rowsRead, Map<String, Strike> incoming, Map<String, List<Claim>> claims,
                             Map<String, List<String>> reportsOf, Map<String, Integer> lines) {
        List<Strike> strikes = new ArrayList<>(draft.strikes().all().size() + incoming.size());
        Set<String> removed = new HashSet<>();
        int changed = 0;
        int unchanged = 0;
        for (Strike strike : draft.strikes().all()) {
            Strike update = incoming.get(strike.id());
            if (update != null) {
                strikes.add(update);
                if (update.equals(strike)) {
                    unchanged++;
                } else {
                    changed++;
                }
            } else if (scope.replacesEarlier() && strike.id().startsWith(scope.prefix())) {
                removed.add(strike.id());
            } else {
                strikes.add(strike);
            }
        }
        List<Strike> added = incoming.values().stream().filter(strike -> !draft.strikes().byId().containsKey(strike.id())).toList();
        strikes.addAll(added);
        List<Claim> allClaims = new ArrayList<>();
        for (Claim claim : draft.sources().claims()) {
            boolean generated = incoming.containsKey(claim.subject()) && claim.id().startsWith(claim.subject() + "-killed-");
            if (!removed.contains(claim.subject()) && !generated) {
                allClaims.add(claim);
            }
        }
        int claimCount = 0;
        for (Strike strike : incoming.values()) {
            allClaims.addAll(claims.get(strike.id()));
            claimCount += claims.get(strike.id()).size();
        }
        List<ImportPreview.Duplicate> duplicates = duplicates(added, removed, incoming.keySet(), reportsOf, lines);
        Strikes all = Strikes.of(strikes);
        LoadedDataset content = new LoadedDataset(draft.slug(), "", draft.description(),
                Sources.of(List.copyOf(sources.values()), allClaims, all.reportedFrom(), all.reportedTo()), all,
                draft.regions(), draft.launch(), draft.baseMap());
        List<ImportPreview.Shown> first = incoming.values().stream().limit(SHOWN).map(ImportPlanner::shown).toList();
        return new ImportPlan(new ImportPreview(file, format, new ImportPreview.Counts(rowsRead, added.size(), changed,
                unchanged, removed.size(), newSources, claimCount), problems, outside, duplicates, first), content);
    }

    /** New strikes on the same day, at the same place, from the same report as one the map already has. */
    private List<ImportPreview.Duplicate> duplicates(List<Strike> added, Set<String> removed, Set<String> incoming,
                                                     Map<String, List<String>> reportsOf, Map<String, Integer> lines) {
        Map<ReportedDate, List<Strike>> byDay = new HashMap<>();
        draft.strikes().all().stream().filter(strike -> !removed.contains(strike.id()) && !incoming.contains(strike.id()))
                .forEach(strike -> byDay.computeIfAbsent(strike.date(), day -> new ArrayList<>()).add(strike));
        List<ImportPreview.Duplicate> duplicates = new ArrayList<>();
        for (Strike strike : added) {
            for (Strike existing : byDay.getOrDefault(strike.date(), List.of())) {
                String outlet = draft.sources().find(existing.sourceId()).map(source -> key(source.outlet())).orElse(null);
                if (samePlace(strike, existing) && reportsOf.get(strike.id()).contains(outlet)) {
                    duplicates.add(new ImportPreview.Duplicate(file + ":" + lines.get(strike.id()), strike.id(), existing.id()));
                    break;
                }
            }
        }
        return duplicates;
    }

    private static boolean samePlace(Strike one, Strike other) {
        GeoPoint a = one.location().point();
        GeoPoint b = other.location().point();
        boolean near = Math.abs(a.lat() - b.lat()) <= SAME_PLACE && Math.abs(a.lon() - b.lon()) <= SAME_PLACE;
        return near || Objects.equals(key(one.location().place().words()), key(other.location().place().words()));
    }

    private static ImportPreview.Shown shown(Strike strike) {
        ReportedDate date = strike.date();
        String span = date.to() == null ? date.from() + " –" : date.from().equals(date.to()) ? date.from().toString()
                : date.from() + " – " + date.to();
        return new ImportPreview.Shown(strike.id(), strike.location().place().words(), strike.location().region(), span,
                strike.location().point());
    }

    private void problem(ImportedRow row, String reason) {
        problems.add(at(row) + ": " + reason);
    }

    private String at(ImportedRow row) {
        return file + ":" + row.line();
    }

    private static String key(String text) {
        return text == null ? null : text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
