package org.strikemap.region;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.strikemap.geo.GeoJson;
import org.strikemap.geo.GeoPoint;
import org.strikemap.strike.Strike;

/**
 * One map's regions in boundary-file order; none on a map without an area. Immutable. Which region a point lies in
 * is decided here once ({@link #holds}, {@link #at}), for the loader's check of a strike's region and the editor's
 * filling of it.
 */
public record Regions(List<Region> all, Map<String, Region> byCode) {

    /** A point may sit this far outside its region (degrees, about 5 km) and still be in it: boundaries are simplified. */
    public static final double TOLERANCE_DEGREES = 0.05;

    public Regions {
        all = List.copyOf(all);
        byCode = Map.copyOf(byCode);
    }

    public static Regions of(List<Region> regions) {
        Map<String, Region> byCode = new LinkedHashMap<>();
        regions.forEach(region -> byCode.put(region.code(), region));
        return new Regions(regions, byCode);
    }

    public Optional<Region> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    /** Whether the region {@code code} holds {@code point}: inside its outline or within {@link #TOLERANCE_DEGREES}. */
    public boolean holds(String code, GeoPoint point) {
        return find(code).map(region -> holds(region, point(point))).orElse(false);
    }

    /**
     * The region {@code point} lies in: the first whose outline covers it, else the nearest within
     * {@link #TOLERANCE_DEGREES}; empty when no region is that close (the point is outside the map's area).
     */
    public Optional<Region> at(GeoPoint point) {
        Point location = point(point);
        Optional<Region> inside = all.stream().filter(region -> region.outline().covers(location)).findFirst();
        if (inside.isPresent()) {
            return inside;
        }
        Region nearest = null;
        double distance = TOLERANCE_DEGREES;
        for (Region region : all) {
            double away = region.outline().distance(location);
            if (away <= distance) {
                nearest = region;
                distance = away;
            }
        }
        return Optional.ofNullable(nearest);
    }

    private static boolean holds(Region region, Point location) {
        // Same as outline.buffer(tolerance).covers(location), without buffering a detailed outline.
        return region.outline().covers(location) || region.outline().isWithinDistance(location, TOLERANCE_DEGREES);
    }

    private static Point point(GeoPoint point) {
        return GeoJson.WGS84.createPoint(new Coordinate(point.lon(), point.lat()));
    }

    /** The region's name in {@code language} (in the data's own when it has none in that one), or its code. */
    public String nameOf(String code, String language) {
        return find(code).map(region -> region.name().in(language)).orElse(code);
    }

    /** How many of {@code strikes} are located attacks (StrikeStatus#countsAsAttack) in each region. */
    public Map<String, Integer> attackCounts(List<Strike> strikes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        all.forEach(region -> counts.put(region.code(), 0));
        for (Strike strike : strikes) {
            if (strike.status().countsAsAttack() && strike.location().region() != null) {
                counts.merge(strike.location().region(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
