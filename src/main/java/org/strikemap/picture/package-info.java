/**
 * The map as a picture: a PNG of any day and strike, drawn on the server with Java2D from the loaded dataset's
 * geometry and the map's own rules and styles, for link previews, the embed's fallback and the Share dialog.
 */
package org.strikemap.picture;
