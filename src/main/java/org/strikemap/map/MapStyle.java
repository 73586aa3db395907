package org.strikemap.map;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.strikemap.leaflet.PathStyle;

/**
 * How the map and its pages look, defined once: every colour the browser and the server's picture draw with, the
 * marks' sizes and opacities, and each layer's path style (handed to Leaflet from here). The picture reads these
 * constants; the browser gets them as CSS custom properties ({@link #cssProperties()}), written from here into each
 * page: the full page's {@code <body style>} (ui.PageChrome), the embed's setup data (its script sets them; its
 * Content-Security-Policy allows no inline style), and {@code /palette.css} for the script-less error pages. The
 * stylesheets (frontend/leaflet-map/leaflet-map.css, frontend/ui/*.css, the page's strikemap.css) only read the
 * properties and name no colour. The shading's colours are {@link Shading#ATTACKS}'s.
 * Limits: the marks' shapes (radii, dashes) stay in symbols.js and its mirror, picture.MarkPainter.
 */
public final class MapStyle {

    private static final Map<String, String> PROPERTIES = new LinkedHashMap<>();

    // The colours, each written once. Names say what they are; the property names say where they are read.
    public static final String WHITE = "#ffffff";
    public static final String BLACK = "#000000";
    public static final String WATER = "#d4e6f1";
    public static final String LAND = "#f1efeb";
    /** Dots and rings: a reported attack; also the timeline's bars and handles, the icon and the error page's link. */
    public static final String MARK = "#d9480f";
    /** The dashed diamond: an incident under investigation. */
    public static final String MARK_UNCERTAIN = "#5f3dc4";
    public static final String UNCERTAIN_TEXT = "#4527a0";
    /** The launch site's mark, launch and ring labels, strong page text. */
    public static final String INK = "#212529";
    /** Place names and the range ring's line. */
    public static final String LABEL = "#343a40";
    /** Country names and the launch area's fill. */
    public static final String COUNTRY_LABEL = "#868e96";
    /** The page's quieter text, the launch area's edge, a spread mark's leader line. */
    public static final String MUTED = "#495057";
    public static final String TEXT = "#1a1a1a";
    public static final String SECONDARY_TEXT = "#555555";
    public static final String LINE = "#dee2e6";
    public static final String BORDER = "#adb5bd";
    public static final String FOCUS = "#1c7ed6";
    public static final String LINK = "#1864ab";
    public static final String HOVER = "#f5f5f5";
    public static final String PRESSED = "#f1f3f5";
    public static final String NOTICE = "#fff3bf";

    public static final PathStyle COUNTRIES = PathStyle.area(LAND, WHITE, 1);
    /** Regions below the first break of {@link Shading#ATTACKS}; the shading replaces only the fill. */
    public static final PathStyle REGIONS = PathStyle.area(Shading.ATTACKS.base(), WHITE, 1);
    public static final PathStyle LAUNCH_AREAS = PathStyle.area(COUNTRY_LABEL, MUTED, 1).withFillOpacity(0.18).dashed("3 3");
    public static final PathStyle RANGE_RINGS = PathStyle.outline(LABEL, 1.5).dashed("6 5");

    /** Edge of a strike's mark and of a launch site's, in CSS pixels (the layers' configs carry them). */
    public static final int STRIKE_MARK_SIZE = 20;
    public static final int LAUNCH_MARK_SIZE = 16;
    /** Edge of a mark drawn outside the map: the key's and the list's ({@code lm-symbol}). */
    public static final int KEY_MARK_SIZE = 16;
    /** How opaque a faded mark (a date vaguer than a day) is drawn. */
    public static final double FADED_OPACITY = 0.5;
    /** The white fill of a ring mark and of the dashed diamond. */
    public static final double RING_FILL_OPACITY = 0.6;
    public static final double DIAMOND_FILL_OPACITY = 0.75;
    /**
     * A possible mark (its dates begun, not ended) is the ghost of its shape: a translucent white fill and a dashed
     * edge in the mark's colour. Widths and dashes in CSS pixels.
     */
    public static final double GHOST_FILL_OPACITY = 0.7;
    public static final double GHOST_STROKE = 2;
    public static final double GHOST_DASH = 2.5;
    public static final double GHOST_GAP = 2;

    static {
        // The Leaflet add-on's properties (frontend/leaflet-map/leaflet-map.css and the canvas marks read them).
        colour("--lm-water", WATER);
        colour("--lm-mark", MARK);
        colour("--lm-mark-uncertain", MARK_UNCERTAIN);
        colour("--lm-launch", INK);
        colour("--lm-label", LABEL);
        colour("--lm-label-country", COUNTRY_LABEL);
        colour("--lm-label-strong", INK);
        colour("--lm-leader", MUTED);
        colour("--lm-focus", FOCUS);
        colour("--lm-paper", WHITE);
        colour("--lm-shadow", BLACK);
        property("--lm-hint-backdrop", translucent(BLACK, 0.45));
        property("--lm-symbol-size", KEY_MARK_SIZE + "px");
        number("--lm-faded-opacity", FADED_OPACITY);
        number("--lm-ring-fill-opacity", RING_FILL_OPACITY);
        number("--lm-diamond-fill-opacity", DIAMOND_FILL_OPACITY);
        number("--lm-ghost-fill-opacity", GHOST_FILL_OPACITY);
        number("--lm-ghost-stroke", GHOST_STROKE);
        number("--lm-ghost-dash", GHOST_DASH);
        number("--lm-ghost-gap", GHOST_GAP);
        // The pages' own (frontend/ui/*.css, the timeline's shadow styles, strikemap.css, embed.css, error-page.css).
        colour("--sm-mark", MARK);
        colour("--sm-text", TEXT);
        colour("--sm-strong", INK);
        colour("--sm-muted", MUTED);
        colour("--sm-secondary", SECONDARY_TEXT);
        colour("--sm-line", LINE);
        colour("--sm-border", BORDER);
        colour("--sm-focus", FOCUS);
        colour("--sm-link", LINK);
        colour("--sm-paper", WHITE);
        colour("--sm-hover", HOVER);
        colour("--sm-pressed", PRESSED);
        colour("--sm-notice", NOTICE);
        colour("--sm-uncertain", MARK_UNCERTAIN);
        colour("--sm-uncertain-text", UNCERTAIN_TEXT);
        property("--sm-veil", translucent(WHITE, 0.94));
        property("--sm-dim", translucent(WHITE, 0.7));
        property("--sm-shadow", translucent(BLACK, 0.3));
        property("--sm-shadow-soft", translucent(BLACK, 0.25));
        property("--sm-shadow-faint", translucent(BLACK, 0.2));
    }

    private MapStyle() {
    }

    /** Every custom property the stylesheets read, by name ({@code --lm-mark}) with its CSS value, in a fixed order. */
    public static Map<String, String> cssProperties() {
        return Collections.unmodifiableMap(PROPERTIES);
    }

    /** The properties as CSS declarations ({@code --lm-mark: #d9480f; …}), for a style attribute or a rule. */
    public static String cssDeclarations() {
        StringBuilder css = new StringBuilder();
        PROPERTIES.forEach((name, value) -> css.append(css.isEmpty() ? "" : " ").append(name).append(": ").append(value)
                .append(';'));
        return css.toString();
    }

    /** {@code colour} (a {@code #rrggbb}) at {@code opacity}, as CSS {@code rgba(…)}. */
    public static String translucent(String colour, double opacity) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return "rgba(" + (rgb >> 16 & 0xff) + ", " + (rgb >> 8 & 0xff) + ", " + (rgb & 0xff) + ", " + opacity + ")";
    }

    private static void colour(String name, String hex) {
        if (!hex.matches("#[0-9a-f]{6}")) {
            throw new IllegalArgumentException(name + ": " + hex + " is not #rrggbb");
        }
        property(name, hex);
    }

    private static void number(String name, double value) {
        property(name, value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value));
    }

    private static void property(String name, String value) {
        Objects.requireNonNull(value, name);
        PROPERTIES.put(name, value);
    }
}
