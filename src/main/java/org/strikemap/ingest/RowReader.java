package org.strikemap.ingest;

import static org.strikemap.ingest.DatasetReader.CLAIMS;
import static org.strikemap.ingest.DatasetReader.DESCRIPTION;
import static org.strikemap.ingest.DatasetReader.LAUNCH_SITES;
import static org.strikemap.ingest.DatasetReader.PLACES;
import static org.strikemap.ingest.DatasetReader.RANGE_RINGS;
import static org.strikemap.ingest.DatasetReader.SOURCES;
import static org.strikemap.ingest.DatasetReader.STRIKES;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.strikemap.basemap.BaseMap;
import org.strikemap.basemap.Place;
import org.strikemap.dataset.DatasetDescription;
import org.strikemap.geo.GeoPoint;
import org.strikemap.geo.RangeRing;
import org.strikemap.i18n.Text;
import org.strikemap.launch.LaunchArea;
import org.strikemap.launch.LaunchGeography;
import org.strikemap.launch.LaunchSite;
import org.strikemap.launch.Ring;
import org.strikemap.region.Regions;
import org.strikemap.source.Citation;
import org.strikemap.source.Claim;
import org.strikemap.source.ClaimValue;
import org.strikemap.source.Source;
import org.strikemap.source.Sources;
import org.strikemap.strike.Strikes;

/**
 * Turns a map folder's texts into checked records, file by file, in an order where every reference can be resolved;
 * the outlines come from the {@link BoundaryLibrary}, and the library files used are kept for the content hash.
 * Strikes are read by {@link StrikeRows}.
 */
final class RowReader {

    static final Set<String> COUNT_KINDS = RecordRules.COUNT_KINDS;
    static final Set<String> TEXT_KINDS = RecordRules.TEXT_KINDS;
    static final Set<String> PLACE_KINDS = Set.of("capital", "city", "launch");

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern QUOTED_KEY = Pattern.compile("key '([^']*)'");

    private final String prefix;
    private final Map<String, String> texts;
    private final BoundaryLibrary library;
    private final List<BoundaryLibrary.Read<?>> used = new ArrayList<>();

    RowReader(String prefix, Map<String, String> texts, BoundaryLibrary library) {
        this.prefix = prefix;
        this.texts = texts;
        this.library = library;
    }

    /** The map's content, named {@code slug}; its hash is filled in by the caller ({@link #used()}). */
    Content content() {
        Description description = description();
        String language = description.value().words().title().original();
        List<Source> sources = sources();
        Set<String> sourceIds = sources.stream().map(Source::id).collect(Collectors.toSet());
        MapOutlines outlines = new MapOutlines(library, used, description);
        Regions regions = outlines.regions();
        List<LaunchSite> sites = launchSites(sourceIds, language, outlines);
        List<Ring> rings = rangeRings(sourceIds, sites, language);
        List<LaunchArea> launchAreas = outlines.launchAreasOf(sites);
        Strikes strikes = strikes(description, sourceIds, regions, StrikeRows.Points.CHECKED);
        return new Content(description.value(), sources(sources, sourceIds, strikes), strikes, regions,
                LaunchGeography.of(sites, rings, launchAreas), new BaseMap(outlines.countries(), places(language)));
    }

    /**
     * The map's words, reports, claims, strikes and regions, checked as {@link #content()} checks them except that a
     * strike's point is not tested against its region's outline; no launch geography, places or backdrop. For files
     * already read in full once (a published version): what changed between two versions is told from these alone, at
     * a fraction of the cost (the point tests and the backdrop's clipping are most of a full read).
     */
    Content records() {
        Description description = description();
        List<Source> sources = sources();
        Set<String> sourceIds = sources.stream().map(Source::id).collect(Collectors.toSet());
        Regions regions = new MapOutlines(library, used, description).regions();
        Strikes strikes = strikes(description, sourceIds, regions, StrikeRows.Points.TRUSTED);
        return new Content(description.value(), sources(sources, sourceIds, strikes), strikes, regions,
                LaunchGeography.none(), new BaseMap(List.of(), List.of()));
    }

    private Strikes strikes(Description description, Set<String> sourceIds, Regions regions, StrikeRows.Points points) {
        return new StrikeRows(table(STRIKES, StrikeRows.COLUMNS), description.value().words().title().original(), sourceIds,
                regions, description.value().area().isNone(), points).strikes();
    }

    /** The reports with the claims about the map and its {@code strikes}. */
    private Sources sources(List<Source> sources, Set<String> sourceIds, Strikes strikes) {
        Set<String> subjects = new HashSet<>(strikes.byId().keySet());
        subjects.add(Claim.DATASET);
        List<Claim> claims = claims(sourceIds, subjects);
        return Sources.of(sources, claims, strikes.reportedFrom(), strikes.reportedTo());
    }

    /** The library files this map draws from, in the order first used. */
    List<BoundaryLibrary.Read<?>> used() {
        return used;
    }

    /** What a folder holds, before its hash names it. */
    record Content(DatasetDescription description, Sources sources, Strikes strikes, Regions regions,
                   LaunchGeography launch, BaseMap baseMap) {
    }

    /** The description and the row of dataset.csv that set the area, for errors about it. */
    record Description(DatasetDescription value, Table.Row areaRow) {
    }

    /** The rows of {@code file}, none when it is absent. */
    private List<Table.Row> table(String file, Table.Columns columns) {
        String text = texts.get(file);
        return text == null ? List.of() : Table.parse(prefix + file, file, text, columns).rows();
    }

    private Description description() {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Table.Row> lines = new HashMap<>();
        for (Table.Row row : table(DESCRIPTION, Table.Columns.of("key,value"))) {
            String key = unique(row, "key", new HashSet<>(values.keySet()));
            values.put(key, "area".equals(key) ? row.raw("value") : row.required("value"));
            lines.put(key, row);
        }
        try {
            return new Description(DatasetDescription.of(values), lines.get("area"));
        } catch (IllegalArgumentException e) {
            // The message names the key at fault ("key 'view_south': ..."); point at its line when it has one.
            Matcher key = QUOTED_KEY.matcher(e.getMessage());
            Table.Row at = key.lookingAt() ? lines.get(key.group(1)) : null;
            throw at != null ? at.error(e.getMessage()) : new DatasetException(prefix + DESCRIPTION, 0, e.getMessage());
        }
    }

    private List<Source> sources() {
        List<Source> rows = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Table.Row row : table(SOURCES, Table.Columns.of("id,file,outlet,headline,date_as_given,note").optional("url"))) {
            String id = unique(row, "id", ids);
            String file = row.optional("file");
            if (file != null) {
                RecordRules.seedFile(id, file).ifPresent(reason -> {
                    throw row.error(reason);
                });
            }
            String url = row.optional("url");
            if (url != null) {
                RecordRules.url(url).ifPresent(reason -> {
                    throw row.error(reason);
                });
            }
            rows.add(new Source(id, file, row.required("outlet"), row.optional("headline"), row.required("date_as_given"),
                    row.optional("note"), url, storedText(id)));
        }
        texts.keySet().stream().filter(name -> name.startsWith(DatasetReader.SOURCE_TEXTS))
                .filter(name -> !ids.contains(DatasetReader.sourceOfText(name))).findFirst().ifPresent(name -> {
                    throw new DatasetException(prefix + name, 0, "is the stored text of no report: "
                            + DatasetReader.sourceOfText(name) + " is not an id in " + SOURCES);
                });
        return List.copyOf(rows);
    }

    /** Report {@code id}'s stored text from {@code texts/<id>.txt}, checked; null when there is none. */
    private String storedText(String id) {
        String name = DatasetReader.textOf(id);
        String text = texts.get(name);
        if (text == null) {
            return null;
        }
        RecordRules.storedText(text).ifPresent(reason -> {
            throw new DatasetException(prefix + name, 0, reason);
        });
        return text;
    }

    private List<LaunchSite> launchSites(Set<String> sourceIds, String language, MapOutlines outlines) {
        List<LaunchSite> rows = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Table.Row row : table(LAUNCH_SITES, Table.Columns.of("id,name,lat,lon,area,by,source,quote")
                .translatable("name"))) {
            String id = unique(row, "id", ids);
            String area = row.optional("area");
            if (area != null && !outlines.hasLaunchArea(area)) {
                throw row.error("area " + area + " is not an id in " + library.display(BoundaryLibrary.LAUNCH_AREAS));
            }
            rows.add(new LaunchSite(id, row.text("name", language, true), point(row), area, row.required("by"),
                    citation(row, sourceIds)));
        }
        return List.copyOf(rows);
    }

    private List<Ring> rangeRings(Set<String> sourceIds, List<LaunchSite> sites, String language) {
        Map<String, LaunchSite> byId = sites.stream().collect(Collectors.toMap(LaunchSite::id, site -> site));
        List<Ring> rows = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Table.Row row : table(RANGE_RINGS, Table.Columns.of("launch_site,radius_km,label,by,source,quote")
                .translatable("label"))) {
            String siteId = row.required("launch_site");
            LaunchSite site = byId.get(siteId);
            if (site == null) {
                throw row.error("launch_site " + siteId + " is not an id in " + LAUNCH_SITES);
            }
            double radius = row.decimal("radius_km", 0.001, 9_999);
            if (!keys.add(siteId + "@" + radius)) {
                throw row.error("a " + row.raw("radius_km") + " km ring around " + siteId + " appears twice");
            }
            try {
                RangeRing.around(site.point(), radius);
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
            rows.add(new Ring(siteId, radius, row.text("label", language, true), row.required("by"),
                    citation(row, sourceIds)));
        }
        Set<String> ringed = rows.stream().map(Ring::launchSite).collect(Collectors.toCollection(LinkedHashSet::new));
        if (sites.size() > 1 && ringed.size() != 1) {
            throw new DatasetException(prefix + LAUNCH_SITES, 0, "has " + sites.size() + " launch sites and the range"
                    + " rings name " + ringed.size() + "; strike distances need exactly one site to measure from");
        }
        return List.copyOf(rows);
    }

    private List<Claim> claims(Set<String> sourceIds, Set<String> subjects) {
        List<Claim> rows = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> kinds = new HashSet<>(COUNT_KINDS);
        kinds.addAll(TEXT_KINDS);
        for (Table.Row row : table(CLAIMS, Table.Columns.of("id,subject,kind,value,min,max,text,by,source,quote"))) {
            String id = unique(row, "id", ids);
            String subject = row.required("subject");
            if (!subjects.contains(subject)) {
                throw row.error("subject " + subject + " is neither a strike id in " + STRIKES + " nor '" + Claim.DATASET + "'");
            }
            String kind = row.oneOf("kind", kinds);
            ClaimValue value = new ClaimValue(row.optional("value"), row.optionalInteger("min"), row.optionalInteger("max"));
            checkFigure(row, kind, value);
            rows.add(new Claim(id, subject, kind, value, row.required("text"), row.required("by"), citation(row, sourceIds)));
        }
        return List.copyOf(rows);
    }

    private static void checkFigure(Table.Row row, String kind, ClaimValue value) {
        RecordRules.figure(kind, value).ifPresent(reason -> {
            throw row.error(reason);
        });
    }

    private List<Place> places(String language) {
        List<Place> rows = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Table.Row row : table(PLACES, Table.Columns.of("name,lat,lon,kind,country,source").translatable("name"))) {
            unique(row, "name", names);
            String country = row.required("country");
            if (!COUNTRY.matcher(country).matches()) {
                throw row.error("country '" + country + "' is not an ISO 3166-1 alpha-2 code");
            }
            rows.add(new Place(row.text("name", language, true), point(row), row.oneOf("kind", PLACE_KINDS), country,
                    row.required("source")));
        }
        return List.copyOf(rows);
    }

    static String unique(Table.Row row, String column, Set<String> seen) {
        String value = row.required(column);
        if (!value.equals(value.strip())) {
            throw row.error(column + " '" + value + "' has leading or trailing spaces");
        }
        if (!seen.add(value)) {
            throw row.error(column + " " + value + " appears twice");
        }
        return value;
    }

    static Citation citation(Table.Row row, Set<String> sourceIds) {
        String id = row.required("source");
        if (!sourceIds.contains(id)) {
            throw row.error("source " + id + " is not an id in " + SOURCES);
        }
        return new Citation(id, row.required("quote"));
    }

    static GeoPoint point(Table.Row row) {
        return new GeoPoint(row.decimal("lat", -90, 90), row.decimal("lon", -180, 180));
    }
}
