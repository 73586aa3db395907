package org.strikemap.leaflet;

import java.util.List;

/**
 * Point features drawn as shaped marks. Symbol rules choose each mark's shape; features failing
 * {@code fadedUnless} are drawn lighter (not smaller); when {@code timeProperty} is set, a feature shows only once
 * the map's time reaches that ISO date. Marks that share a spot are fanned out. Clicks fire {@link FeatureClickEvent}.
 */
public record MarkerLayer(String id, String geoJson, MarkerSymbol defaultSymbol, List<SymbolRule> symbolRules,
                          FeatureRule fadedUnless, String timeProperty, String titleProperty, int size)
        implements MapLayer {

    public MarkerLayer {
        symbolRules = List.copyOf(symbolRules);
    }

    public static MarkerLayer of(String id, String geoJson) {
        return new MarkerLayer(id, geoJson, MarkerSymbol.DOT, List.of(), null, null, null, 18);
    }

    public MarkerLayer symbol(MarkerSymbol symbol) {
        return new MarkerLayer(id, geoJson, symbol, symbolRules, fadedUnless, timeProperty, titleProperty, size);
    }

    public MarkerLayer symbols(SymbolRule... rules) {
        return new MarkerLayer(id, geoJson, defaultSymbol, List.of(rules), fadedUnless, timeProperty, titleProperty, size);
    }

    public MarkerLayer fadedUnless(FeatureRule rule) {
        return new MarkerLayer(id, geoJson, defaultSymbol, symbolRules, rule, timeProperty, titleProperty, size);
    }

    public MarkerLayer visibleFrom(String property) {
        return new MarkerLayer(id, geoJson, defaultSymbol, symbolRules, fadedUnless, property, titleProperty, size);
    }

    public MarkerLayer titledBy(String property) {
        return new MarkerLayer(id, geoJson, defaultSymbol, symbolRules, fadedUnless, timeProperty, property, size);
    }

    public MarkerLayer sized(int pixels) {
        return new MarkerLayer(id, geoJson, defaultSymbol, symbolRules, fadedUnless, timeProperty, titleProperty, pixels);
    }
}
