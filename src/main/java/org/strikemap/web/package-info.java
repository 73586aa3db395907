/**
 * What every HTTP answer shares, whatever feature serves it: malformed requests turned away early with a short answer
 * (400, 405, 406, 414, 431, and 404 pages in the site's look instead of stack traces or the servlet container's
 * pages), one log line at most per client error, and the security headers (Content-Security-Policy,
 * {@code X-Content-Type-Options}, {@code Referrer-Policy}). Nothing here creates an HTTP session: its answers are
 * written before Vaadin sees the request.
 */
package org.strikemap.web;
