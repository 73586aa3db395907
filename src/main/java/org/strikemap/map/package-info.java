/**
 * What the map shows, decided once for the server and the browser alike: how a strike is drawn and from which day,
 * what is counted, how regions are shaded, and the map's layers as GeoJSON features built once per loaded dataset.
 */
package org.strikemap.map;
