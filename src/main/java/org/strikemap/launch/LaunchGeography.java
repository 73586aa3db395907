package org.strikemap.launch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.strikemap.geo.RangeRing;

/** One map's launch sites, their range rings (with their geodesic outlines) and launch areas; immutable. */
public record LaunchGeography(List<LaunchSite> sites, List<Ring> rings, List<LaunchArea> areas,
                              Map<Ring, Geometry> outlines) {

    public LaunchGeography {
        sites = List.copyOf(sites);
        rings = List.copyOf(rings);
        areas = List.copyOf(areas);
        outlines = Map.copyOf(outlines);
    }

    /** Draws each ring's outline once; every ring's site must be one of {@code sites}. */
    public static LaunchGeography of(List<LaunchSite> sites, List<Ring> rings, List<LaunchArea> areas) {
        Map<Ring, Geometry> outlines = new LinkedHashMap<>();
        for (Ring ring : rings) {
            LaunchSite site = sites.stream().filter(s -> s.id().equals(ring.launchSite())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("ring " + ring.id() + " has no launch site"));
            outlines.put(ring, RangeRing.around(site.point(), ring.radiusKm()));
        }
        return new LaunchGeography(sites, rings, areas, outlines);
    }

    public static LaunchGeography none() {
        return of(List.of(), List.of(), List.of());
    }

    /** Where strike distances are measured from: the only site, or the one the range rings are drawn around. */
    public Optional<LaunchSite> origin() {
        if (sites.size() == 1) {
            return Optional.of(sites.getFirst());
        }
        return rings.stream().findFirst().map(this::siteOf);
    }

    public LaunchSite siteOf(Ring ring) {
        return sites.stream().filter(site -> site.id().equals(ring.launchSite())).findFirst().orElseThrow();
    }

    public Optional<LaunchArea> areaOf(LaunchSite site) {
        return areas.stream().filter(area -> area.id().equals(site.area())).findFirst();
    }

    /** The ring's geodesic circle. JTS geometries are mutable: never change it. */
    public Geometry outline(Ring ring) {
        return outlines.get(ring);
    }
}
