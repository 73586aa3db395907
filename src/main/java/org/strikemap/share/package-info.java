/**
 * How a view of the map travels: the iframe snippet that embeds it, the view parameters a link carries and the one
 * strict reading of them every page, the picture and oEmbed share, this server's one public base URL, and the head
 * tags (oEmbed discovery, Open Graph, Twitter card) that make a link to a page preview well. No Vaadin: the API, the
 * Vaadin views and static pages all use it; of the servlet API only the request a {@link RequestOrigin} is read from.
 */
package org.strikemap.share;
