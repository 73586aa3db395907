package org.strikemap.leaflet;

import tools.jackson.databind.node.ObjectNode;

/** Draws features matching a rule with a given symbol; the first matching rule of a layer wins. */
public record SymbolRule(FeatureRule when, MarkerSymbol symbol) {

    public static SymbolRule when(String property, String value, MarkerSymbol symbol) {
        return new SymbolRule(FeatureRule.where(property, value), symbol);
    }

    ObjectNode toConfig() {
        return when.toConfig().put("symbol", symbol.jsName());
    }
}
