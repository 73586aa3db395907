package org.strikemap.ingest;

import static org.strikemap.ingest.DatasetReader.CLAIMS;
import static org.strikemap.ingest.DatasetReader.COUNTRIES;
import static org.strikemap.ingest.DatasetReader.DESCRIPTION;
import static org.strikemap.ingest.DatasetReader.LAUNCH_AREAS;
import static org.strikemap.ingest.DatasetReader.LAUNCH_SITES;
import static org.strikemap.ingest.DatasetReader.PLACES;
import static org.strikemap.ingest.DatasetReader.RANGE_RINGS;
import static org.strikemap.ingest.DatasetReader.REGIONS;
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
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.strikemap.geo.GeoJson;
import org.strikemap.geo.GeoPoint;
import org.strikemap.geo.Geodesy;
import org.strikemap.geo.RangeRing;
import org.strikemap.ingest.Dataset.AreaRow;
import org.strikemap.ingest.Dataset.ClaimRow;
import org.strikemap.ingest.Dataset.LaunchSiteRow;
import org.strikemap.ingest.Dataset.PlaceRow;
import org.strikemap.ingest.Dataset.RangeRingRow;
import org.strikemap.ingest.Dataset.RegionRow;
import org.strikemap.ingest.Dataset.SourceRow;
import org.strikemap.ingest.Dataset.StrikeRow;
import org.strikemap.ingest.Dataset.TextRow;
import org.strikemap.dataset.DatasetDescription;
import org.strikemap.strike.DatePrecision;
import org.strikemap.strike.LocationPrecision;
import org.strikemap.strike.ReportedDate;
import org.strikemap.strike.StrikeStatus;

/** Turns the dataset's texts into checked rows, file by file, in an order where every reference can be resolved. */
final class RowReader {

    static final String DATASET_SUBJECT = "dataset";
    static final Set<String> COUNT_KINDS = Set.of("killed", "injured", "missiles-fired", "attacks", "regions-struck",
            "accurate-missiles", "range-km");
    static final Set<String> TEXT_KINDS = Set.of("missile-type", "launch-area", "date");
    static final Set<String> PLACE_KINDS = Set.of("capital", "city", "launch");

    /** Reference points may sit this far outside their region (degrees, about 5 km): boundaries are simplified. */
    static final double REGION_TOLERANCE_DEGREES = 0.05;

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern QUOTED_KEY = Pattern.compile("key '([^']*)'");

    private final String prefix;
    private final Map<String, String> texts;
    private final String hash;

    RowReader(String prefix, Map<String, String> texts, String hash) {
        this.prefix = prefix;
        this.texts = texts;
        this.hash = hash;
    }

    Dataset dataset() {
        List<TextRow> description = description();
        List<SourceRow> sources = sources();
        Set<String> sourceIds = sources.stream().map(SourceRow::id).collect(Collectors.toSet());
        List<RegionRow> regions = Boundaries.regions(prefix + REGIONS, texts.get(REGIONS));
        List<AreaRow> launchAreas = Boundaries.launchAreas(prefix + LAUNCH_AREAS, texts.get(LAUNCH_AREAS));
        List<AreaRow> areas = new ArrayList<>(Boundaries.countries(prefix + COUNTRIES, texts.get(COUNTRIES)));
        areas.addAll(launchAreas);
        List<LaunchSiteRow> sites = launchSites(sourceIds, launchAreas.stream().map(AreaRow::id).collect(Collectors.toSet()));
        List<RangeRingRow> rings = rangeRings(sourceIds, sites);
        List<StrikeRow> strikes = strikes(sourceIds, regions, distanceOrigin(sites, rings));
        Set<String> subjects = new HashSet<>(strikes.stream().map(StrikeRow::id).toList());
        subjects.add(DATASET_SUBJECT);
        return new Dataset(hash, description, sources, regions, List.copyOf(areas), sites, rings, strikes, claims(sourceIds, subjects),
                places());
    }

    /** The rows of a CSV file; none for an optional file that is absent. */
    /** The rows of {@code file}, none when it is absent; its header may also hold its optional columns ({@link Limits}). */
    private List<Table.Row> table(String file, String columns) {
        String text = texts.get(file);
        return text == null ? List.of() : Table.parse(prefix + file, file, text, List.of(columns.split(",")),
                Limits.OPTIONAL_COLUMNS.getOrDefault(file, List.of())).rows();
    }

    private List<TextRow> description() {
        List<TextRow> rows = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Table.Row> lines = new HashMap<>();
        for (Table.Row row : table(DESCRIPTION, "key,value")) {
            String key = unique(row, "key", new HashSet<>(values.keySet()));
            values.put(key, row.required("value"));
            lines.put(key, row);
            rows.add(new TextRow(key, values.get(key)));
        }
        try {
            DatasetDescription.of(values);
        } catch (IllegalArgumentException e) {
            // The message names the key at fault ("key 'view_south': ..."); point at its line when it has one.
            Matcher key = QUOTED_KEY.matcher(e.getMessage());
            Table.Row at = key.lookingAt() ? lines.get(key.group(1)) : null;
            throw at != null ? at.error(e.getMessage()) : new DatasetException(prefix + DESCRIPTION, 0, e.getMessage());
        }
        return List.copyOf(rows);
    }

    private List<SourceRow> sources() {
        List<SourceRow> rows = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Table.Row row : table(SOURCES, "id,file,outlet,headline,date_as_given,note")) {
            String id = unique(row, "id", ids);
            String file = row.required("file");
            if (!file.startsWith(id)) {
                throw row.error("file " + file + " does not start with the source id " + id);
            }
            rows.add(new SourceRow(id, file, row.required("outlet"), row.optional("headline"), row.required("date_as_given"),
                    row.optional("note")));
        }
        return List.copyOf(rows);
    }

    private List<LaunchSiteRow> launchSites(Set<String> sourceIds, Set<String> areaIds) {
        List<LaunchSiteRow> rows = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Table.Row row : table(LAUNCH_SITES, "id,name,lat,lon,area,by,source,quote")) {
            String id = unique(row, "id", ids);
            String area = row.optional("area");
            if (area != null && !areaIds.contains(area)) {
                throw row.error("area " + area + " is not an id in " + LAUNCH_AREAS);
            }
            rows.add(new LaunchSiteRow(id, row.required("name"), point(row), area, row.required("by"),
                    source(row, sourceIds), row.required("quote")));
        }
        return List.copyOf(rows);
    }

    private List<RangeRingRow> rangeRings(Set<String> sourceIds, List<LaunchSiteRow> sites) {
        Map<String, LaunchSiteRow> byId = sites.stream().collect(Collectors.toMap(LaunchSiteRow::id, site -> site));
        List<RangeRingRow> rows = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Table.Row row : table(RANGE_RINGS, "launch_site,radius_km,label,by,source,quote")) {
            String siteId = row.required("launch_site");
            LaunchSiteRow site = byId.get(siteId);
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
            rows.add(new RangeRingRow(siteId, radius, row.required("label"), row.optional("label_uk"), row.required("by"), source(row, sourceIds),
                    row.required("quote")));
        }
        return List.copyOf(rows);
    }

    /** Where strike distances are measured from: the only launch site, or the one the range rings are drawn around. */
    private GeoPoint distanceOrigin(List<LaunchSiteRow> sites, List<RangeRingRow> rings) {
        if (sites.size() == 1) {
            return sites.getFirst().point();
        }
        Set<String> ringed = rings.stream().map(RangeRingRow::launchSite).collect(Collectors.toCollection(LinkedHashSet::new));
        if (sites.isEmpty() || ringed.size() != 1) {
            throw new DatasetException(prefix + LAUNCH_SITES, 0, "has " + sites.size() + " launch sites and the range rings"
                    + " name " + ringed.size() + "; strike distances need exactly one site to measure from");
        }
        String id = ringed.iterator().next();
        return sites.stream().filter(site -> site.id().equals(id)).findFirst().orElseThrow().point();
    }

    private List<StrikeRow> strikes(Set<String> sourceIds, List<RegionRow> regions, GeoPoint origin) {
        Map<String, Geometry> areas = new LinkedHashMap<>();
        regions.forEach(region -> areas.put(region.code(), region.geometry()));
        List<StrikeRow> rows = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String columns = "id,place,region,lat,lon,location_precision,date_from,date_to,date_precision,status,source,quote,note";
        for (Table.Row row : table(STRIKES, columns)) {
            String id = unique(row, "id", ids);
            String region = row.required("region");
            Geometry area = areas.get(region);
            if (area == null) {
                throw row.error("region " + region + " is not one of the " + areas.size() + " regions in " + REGIONS);
            }
            GeoPoint point = point(row);
            Point location = GeoJson.WGS84.createPoint(new Coordinate(point.lon(), point.lat()));
            // Same as area.buffer(tolerance).covers(location), without buffering a detailed outline.
            if (!area.covers(location) && !area.isWithinDistance(location, REGION_TOLERANCE_DEGREES)) {
                throw row.error("point " + point + " lies outside its region " + region + " (more than "
                        + REGION_TOLERANCE_DEGREES + "° from its boundary)");
            }
            LocationPrecision locationPrecision = row.code("location_precision", LocationPrecision::fromCode);
            ReportedDate date = date(row);
            StrikeStatus status = row.code("status", StrikeStatus::fromCode);
            rows.add(new StrikeRow(id, row.required("place"), row.optional("place_uk"), region, point, locationPrecision, date, status,
                    Geodesy.distanceKm(origin, point), source(row, sourceIds), row.required("quote"), row.optional("note")));
        }
        return List.copyOf(rows);
    }

    private static ReportedDate date(Table.Row row) {
        var from = row.date("date_from");
        var to = row.optionalDate("date_to");
        DatePrecision precision = row.code("date_precision", DatePrecision::fromCode);
        if (to != null && to.isBefore(from)) {
            throw row.error("date_from " + from + " is after date_to " + to);
        }
        try {
            return new ReportedDate(from, to, precision);
        } catch (IllegalArgumentException e) {
            throw row.error("date_precision " + precision.code() + ": " + e.getMessage());
        }
    }

    private List<ClaimRow> claims(Set<String> sourceIds, Set<String> subjects) {
        List<ClaimRow> rows = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> kinds = new HashSet<>(COUNT_KINDS);
        kinds.addAll(TEXT_KINDS);
        for (Table.Row row : table(CLAIMS, "id,subject,kind,value,min,max,text,by,source,quote")) {
            String id = unique(row, "id", ids);
            String subject = row.required("subject");
            if (!subjects.contains(subject)) {
                throw row.error("subject " + subject + " is neither a strike id in " + STRIKES + " nor '" + DATASET_SUBJECT + "'");
            }
            String kind = row.oneOf("kind", kinds);
            String value = row.optional("value");
            Integer min = row.optionalInteger("min");
            Integer max = row.optionalInteger("max");
            checkFigure(row, kind, value, min, max);
            rows.add(new ClaimRow(id, subject, kind, value, min, max, row.required("text"), row.required("by"),
                    source(row, sourceIds), row.required("quote")));
        }
        return List.copyOf(rows);
    }

    private static void checkFigure(Table.Row row, String kind, String value, Integer min, Integer max) {
        boolean bounded = min != null || max != null;
        if ((value == null) == !bounded) {
            throw row.error(bounded ? "has both a value and min/max; give one or the other" : "has neither a value nor min/max");
        }
        if ((min != null && min < 0) || (max != null && max < 0)) {
            throw row.error("min and max are counts and never negative");
        }
        if (min != null && max != null && min > max) {
            throw row.error("min " + min + " is greater than max " + max);
        }
        if (TEXT_KINDS.contains(kind) && bounded) {
            throw row.error("a " + kind + " claim is text: give a value, not min/max");
        }
        if (COUNT_KINDS.contains(kind) && value != null && !value.matches("\\d+")) {
            throw row.error("value '" + value + "' of a " + kind + " claim is not a whole number");
        }
    }

    private List<PlaceRow> places() {
        List<PlaceRow> rows = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Table.Row row : table(PLACES, "name,name_uk,lat,lon,kind,country,source")) {
            String name = unique(row, "name", names);
            String country = row.required("country");
            if (!COUNTRY.matcher(country).matches()) {
                throw row.error("country '" + country + "' is not an ISO 3166-1 alpha-2 code");
            }
            rows.add(new PlaceRow(name, row.required("name_uk"), point(row), row.oneOf("kind", PLACE_KINDS), country,
                    row.required("source")));
        }
        return List.copyOf(rows);
    }

    private static String unique(Table.Row row, String column, Set<String> seen) {
        String value = row.required(column);
        if (!value.equals(value.strip())) {
            throw row.error(column + " '" + value + "' has leading or trailing spaces");
        }
        if (!seen.add(value)) {
            throw row.error(column + " " + value + " appears twice");
        }
        return value;
    }

    private static String source(Table.Row row, Set<String> sourceIds) {
        String id = row.required("source");
        if (!sourceIds.contains(id)) {
            throw row.error("source " + id + " is not an id in " + SOURCES);
        }
        return id;
    }

    private static GeoPoint point(Table.Row row) {
        return new GeoPoint(row.decimal("lat", -90, 90), row.decimal("lon", -180, 180));
    }
}
