/**
 * How a view of the map travels: the iframe snippet that embeds it, the address that names it (read strictly and
 * written by {@link org.strikemap.share.ViewAddress}, the one reading every page, the picture and oEmbed share; its
 * valid parameters kept in links by {@link org.strikemap.share.ViewQuery}), the echo cut of a reader's text quoted
 * back ({@link org.strikemap.share.Echo}), this server's one public base URL ({@link org.strikemap.share.ServerUrl}),
 * and the head tags (oEmbed discovery, Open Graph, Twitter card) that make a link to a page preview well. The embed
 * has no server to ask, so its script reads the address and cuts echoes itself (frontend/embed/address.js, echo.js):
 * code on both sides, each rule with one table of hand-written cases (src/test/resources/rules/address.json,
 * echo.json) run by JUnit and by {@code node --test}; the echo's limit reaches the embed as data. No Vaadin: the API,
 * the Vaadin views and static pages all use it; of the servlet API only the request a
 * {@link org.strikemap.share.RequestOrigin} is read from.
 */
package org.strikemap.share;
