package org.strikemap.launch;

import java.util.List;
import java.util.Optional;

/** One load's launch sites, their range rings and launch areas; immutable. */
public record LaunchGeography(List<LaunchSite> sites, List<Ring> rings, List<LaunchArea> areas) {

    public LaunchGeography {
        sites = List.copyOf(sites);
        rings = List.copyOf(rings);
        areas = List.copyOf(areas);
    }

    /** Where strike distances are measured from: the loader allows exactly one such site. */
    public Optional<LaunchSite> origin() {
        if (sites.size() == 1) {
            return Optional.of(sites.getFirst());
        }
        return rings.stream().findFirst().map(Ring::site);
    }
}
