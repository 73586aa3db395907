package org.strikemap.ui;

/** The map's marks as inline SVG for the legend and lists; the same shapes frontend/leaflet-map/symbols.js draws. */
final class Symbols {

    static final String DOT = svg("<circle cx='8' cy='8' r='6' fill='#d9480f' stroke='#fff' stroke-width='2'/>");
    static final String FADED_DOT = svg("<circle cx='8' cy='8' r='6' fill='#d9480f' stroke='#fff' stroke-width='2' opacity='0.5'/>");
    static final String RING = svg("<circle cx='8' cy='8' r='5.5' fill='#fff' fill-opacity='0.6' stroke='#d9480f' stroke-width='3'/>");
    static final String DIAMOND = svg("<path d='M8 1.5 L14.5 8 L8 14.5 L1.5 8 Z' fill='#fff' stroke='#5f3dc4' stroke-width='2' stroke-dasharray='3 2'/>");
    static final String TRIANGLE = svg("<path d='M8 2 L14.5 13.5 L1.5 13.5 Z' fill='#212529' stroke='#fff' stroke-width='1.5'/>");

    private Symbols() {
    }

    static String forStrike(String status, String locationPrecision, boolean exactDate) {
        if ("under-investigation".equals(status)) {
            return DIAMOND;
        }
        if ("region".equals(locationPrecision)) {
            return RING;
        }
        return exactDate ? DOT : FADED_DOT;
    }

    private static String svg(String shape) {
        return "<svg class='sm-symbol' width='16' height='16' viewBox='0 0 16 16' aria-hidden='true'>" + shape + "</svg>";
    }
}
