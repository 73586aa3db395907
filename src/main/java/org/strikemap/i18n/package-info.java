/**
 * The interface's words in each supported language: one pair of resource bundles (src/main/resources/i18n) read by
 * the Vaadin page (through ui's I18NProvider), by the map's own wording (package map) and, as the {@code js.} keys,
 * by the browser's components. Plain Java: no Vaadin, no servlet API.
 */
package org.strikemap.i18n;
