package org.strikemap.leaflet;

/**
 * The few words a {@link LeafletMap} says itself, in the page's language: its zoom buttons' titles, and what it adds
 * to the accessible name of a mark whose feature is only possible at the map's time ({@code possible}) or in its
 * from–to window ({@code possibleInWindow}), so a ghost mark never reads as one on record. The component knows no
 * language of its own: without these it says nothing.
 */
public record MapWords(String zoomIn, String zoomOut, String possible, String possibleInWindow) {
}
