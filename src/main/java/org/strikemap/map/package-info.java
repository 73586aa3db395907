/**
 * What the map shows, decided once for the server and the browser alike: how a strike is drawn and from which day,
 * what is counted, how regions are shaded, how the map looks, and the map's layers as GeoJSON features built once per
 * loaded dataset. Each rule has one definition; where the browser needs it, it goes one of three ways:
 * <ul>
 * <li><b>the result, in the data</b>: a strike's mark ({@link org.strikemap.map.StrikeMarks}: symbol, faded, the
 * first and last day of its span, and whether it counts as a located attack, which is
 * {@code strike.StrikeStatus#countsAsAttack}) is written into each strike feature's properties; the key's words
 * ({@link org.strikemap.map.MapKey}) and each strike's date label and notes ({@link org.strikemap.map.StrikeNotes})
 * come as text. The browser only reads them.</li>
 * <li><b>the rule as data</b>: the shading's breaks and colours ({@link org.strikemap.map.Shading}) travel in the
 * choropleth layer's config; the count sentence's templates ({@link org.strikemap.map.CountSentence}) and the
 * day label's words (i18n's {@code js.date.*}) in the page's setup and words; every colour and mark size
 * ({@link org.strikemap.map.MapStyle}) as CSS custom properties.</li>
 * <li><b>code on both sides, one table of cases</b>: what the browser must decide at every step of the timeline
 * without asking the server — the time rule ({@link org.strikemap.map.TimeWindow#stateOf}, time-filter.js), the
 * choice of a region's tone ({@link org.strikemap.map.Shading#fillFor}, area-fill.js), the filling of the count
 * sentence ({@link org.strikemap.map.CountSentence#of}, count-text.js) and of a day label (i18n.Messages#shortDay,
 * day-labels.js) — has one JSON table of hand-written cases in src/test/resources/rules, run by JUnit and by
 * {@code node --test}.</li>
 * </ul>
 * The address and the echo cut are {@code share}'s, the same way. Limits: the marks' shapes are drawn twice, by
 * frontend/leaflet-map/symbols.js and picture.MarkPainter (its mirror, checked by MarkPainterTest).
 */
package org.strikemap.map;
