package org.strikemap.map;

import java.util.Arrays;
import java.util.Optional;

/**
 * The map's layers, each served as one GeoJSON resource per loaded dataset at {@link #path(String)}; coordinates
 * are written with {@code decimals} places (5 is about 1 m).
 */
public enum Layer {
    COUNTRIES("countries", 5),
    REGIONS("regions", 5),
    LAUNCH_AREAS("launch-areas", 4),
    RANGE_RINGS("range-rings", 5),
    COUNTRY_LABELS("country-labels", 3),
    PLACE_LABELS("place-labels", 4),
    NEARBY_PLACE_LABELS("nearby-place-labels", 4),
    RANGE_RING_LABELS("range-ring-labels", 4),
    LAUNCH_SITES("launch-sites", 5),
    STRIKES("strikes", 5);

    private final String id;
    private final int decimals;

    Layer(String id, int decimals) {
        this.id = id;
        this.decimals = decimals;
    }

    public String id() {
        return id;
    }

    public int decimals() {
        return decimals;
    }

    /** Relative URL of this layer for one dataset version: the version in the path makes it cacheable forever. */
    public String path(String version) {
        return "layers/" + version + "/" + id + ".geojson";
    }

    /** As {@link #path(String)}, worded in {@code language} ("en" is the plain path; others a folder of their own). */
    public String path(String version, String language) {
        return language == null || "en".equals(language) ? path(version)
                : "layers/" + version + "/" + language + "/" + id + ".geojson";
    }

    public static Optional<Layer> byId(String id) {
        return Arrays.stream(values()).filter(layer -> layer.id.equals(id)).findFirst();
    }
}
