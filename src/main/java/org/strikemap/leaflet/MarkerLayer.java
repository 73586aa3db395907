package org.strikemap.leaflet;

/**
 * Point features drawn as shaped marks. Each feature may name its own shape ({@code symbolProperty}, a
 * {@link MarkerSymbol} id) and whether it is drawn lighter ({@code fadedProperty}, a boolean); otherwise
 * {@code symbol} applies. With {@code timeProperty} set, a feature shows once the map's time reaches that ISO date;
 * with {@code recordProperty} set, a shown feature is drawn as a ghost of its shape ("possible") until the map's time
 * reaches that property's ISO date, and for good when it is null.
 * Marks that share a spot are fanned out. Clicks fire {@link FeatureClickEvent}.
 */
public record MarkerLayer(String id, String url, MarkerSymbol symbol, String symbolProperty, String fadedProperty,
                          String timeProperty, String recordProperty, String titleProperty, int size) implements MapLayer {

    public static MarkerLayer of(String id, String url) {
        return new MarkerLayer(id, url, MarkerSymbol.DOT, null, null, null, null, null, 18);
    }

    public MarkerLayer symbol(MarkerSymbol shape) {
        return new MarkerLayer(id, url, shape, symbolProperty, fadedProperty, timeProperty, recordProperty, titleProperty, size);
    }

    public MarkerLayer symbolFrom(String property) {
        return new MarkerLayer(id, url, symbol, property, fadedProperty, timeProperty, recordProperty, titleProperty, size);
    }

    public MarkerLayer fadedWhen(String property) {
        return new MarkerLayer(id, url, symbol, symbolProperty, property, timeProperty, recordProperty, titleProperty, size);
    }

    public MarkerLayer visibleFrom(String property) {
        return new MarkerLayer(id, url, symbol, symbolProperty, fadedProperty, property, recordProperty, titleProperty, size);
    }

    public MarkerLayer onRecordFrom(String property) {
        return new MarkerLayer(id, url, symbol, symbolProperty, fadedProperty, timeProperty, property, titleProperty, size);
    }

    public MarkerLayer titledBy(String property) {
        return new MarkerLayer(id, url, symbol, symbolProperty, fadedProperty, timeProperty, recordProperty, property, size);
    }

    public MarkerLayer sized(int pixels) {
        return new MarkerLayer(id, url, symbol, symbolProperty, fadedProperty, timeProperty, recordProperty, titleProperty, pixels);
    }
}
