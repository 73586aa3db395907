/**
 * Live data: a map may follow one published CSV or GeoJSON address (a spreadsheet's CSV export, an OSINT project's
 * GeoJSON), fetched every N minutes; a change is imported into the map's draft for review, or published at once when
 * the map says so. Fetching is guarded ({@link org.strikemap.live.SafeFetch}): http(s) only, a size cap, a timeout,
 * few redirects, no loopback or private addresses unless {@code strikemap.fetch.allow-private=true}.
 */
package org.strikemap.live;
