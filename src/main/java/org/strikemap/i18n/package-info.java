/**
 * The interface's words in each supported language: one pair of resource bundles (src/main/resources/i18n) read by
 * the Vaadin page (through ui's I18NProvider), by the map's own wording (package map) and, as the {@code js.} keys,
 * by the browser's components. A day's label ("2 Jan 2024") is data both sides fill the same way: {@code js.date.day},
 * {@code js.date.months} and {@code js.date.window} ({@link org.strikemap.i18n.Messages#shortDay}, frontend/ui/day-labels.js;
 * cases in src/test/resources/rules/date-labels.json). Plain Java: no Vaadin, no servlet API.
 */
package org.strikemap.i18n;
