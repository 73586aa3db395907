package org.strikemap.map;

import org.strikemap.leaflet.PathStyle;

/**
 * How the map looks, for the browser map and the server's picture of it: each layer's path style (handed to Leaflet
 * from here), the marks' sizes, and the colours of water, marks and labels. Those colours are the defaults of the
 * Leaflet add-on's stylesheet (frontend/leaflet-map/leaflet-map.css, its custom properties' fallbacks); a test
 * checks that the two agree. Limits: mark and label shapes (radii, dashes, fonts) stay in symbols.js and the CSS.
 */
public final class MapStyle {

    public static final PathStyle COUNTRIES = PathStyle.area("#f1efeb", "#ffffff", 1);
    /** Regions below the first break of {@link Shading#ATTACKS}; the shading replaces only the fill. */
    public static final PathStyle REGIONS = PathStyle.area(Shading.ATTACKS.base(), "#ffffff", 1);
    public static final PathStyle LAUNCH_AREAS = PathStyle.area("#868e96", "#495057", 1).withFillOpacity(0.18).dashed("3 3");
    public static final PathStyle RANGE_RINGS = PathStyle.outline("#343a40", 1.5).dashed("6 5");

    public static final String WATER = "#d4e6f1";
    /** Dots and rings: a reported attack. */
    public static final String MARK = "#d9480f";
    /** The dashed diamond: an incident under investigation. */
    public static final String MARK_UNCERTAIN = "#5f3dc4";
    public static final String LAUNCH_MARK = "#212529";
    /** Place names; country names are quieter, launch and ring labels darker. */
    public static final String LABEL = "#343a40";
    public static final String COUNTRY_LABEL = "#868e96";
    public static final String STRONG_LABEL = "#212529";

    /** Edge of a strike's mark and of a launch site's, in CSS pixels. */
    public static final int STRIKE_MARK_SIZE = 20;
    public static final int LAUNCH_MARK_SIZE = 16;
    /** How opaque a faded mark (a date vaguer than a day) is drawn. */
    public static final double FADED_OPACITY = 0.5;
    /**
     * A possible mark (its dates begun, not ended) is the ghost of its shape: a translucent white fill and a dashed
     * edge in the mark's colour, as leaflet-map.css's .lm-possible draws it. Widths and dashes in CSS pixels.
     */
    public static final double GHOST_FILL_OPACITY = 0.7;
    public static final double GHOST_STROKE = 2;
    public static final double GHOST_DASH = 2.5;
    public static final double GHOST_GAP = 2;

    private MapStyle() {
    }
}
