/**
 * How a view of the map travels: the iframe snippet that embeds it, the view parameters a link carries, this
 * server's public base URL, and the head tags (oEmbed discovery, Open Graph, Twitter card) that make a link to a
 * page preview well. Plain Java, no Vaadin, no servlet API: the API, the Vaadin views and static pages all use it.
 */
package org.strikemap.share;
