/**
 * "Get the data": a published version of a map as readers take it away, in three forms — the map's own files (the
 * format of data/&lt;slug&gt;/, with its outlines and the boundaries' licences, zipped), every strike as GeoJSON
 * (RFC 7946) with its claims and sources, and one flat CSV row per strike for spreadsheets, whose cells never start
 * a formula ({@link org.strikemap.download.SpreadsheetCell}). Each carries the map's credit and the boundaries'
 * attribution ({@link org.strikemap.download.DataCredits}). Written as streams: a map of 100,000 strikes is never
 * held as one answer in memory.
 */
package org.strikemap.download;
