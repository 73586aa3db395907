package org.strikemap.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.strikemap.dataset.Datasets;
import org.strikemap.i18n.Languages;
import org.strikemap.i18n.Messages;
import org.strikemap.share.ViewParameters;

/**
 * The answers of a server holding its ground, for ops' limits to send: 503 when it holds all the views its memory
 * budget allows (or builds all the pages it may at once), 429 when one address has used its budget for a kind of
 * request; both with {@code Retry-After}, never cached, never a session. A page gets the busy page
 * ({@link ErrorPage#busy}) in the reader's language with the embed of the same view; a view start one line (the page
 * shows the busy page in its frame); the data endpoints JSON, the picture a line of text. Reads the request's path and
 * raw query only, so it may answer before web.RequestGuard has checked them. Limits: the embed link keeps only the
 * view parameters that pass {@link ViewParameters}.
 */
@Component
public class Refusals {

    private final Replies replies;
    private final ErrorPage page;
    private final Datasets datasets;
    private final VaadinRoutes routes;

    Refusals(Replies replies, ErrorPage page, Datasets datasets, VaadinRoutes routes) {
        this.replies = replies;
        this.page = page;
        this.datasets = datasets;
        this.routes = routes;
    }

    /** 503: the server is at its limit for this kind of request; {@code seconds} until it is worth trying again. */
    public void busy(HttpServletRequest request, HttpServletResponse response, long seconds) throws IOException {
        refuse(request, response, HttpStatus.SERVICE_UNAVAILABLE, seconds,
                "the map is very busy; please try again in " + seconds + " s");
    }

    /** 429: this client address has used its budget for this kind of request. */
    public void tooMany(HttpServletRequest request, HttpServletResponse response, long seconds) throws IOException {
        refuse(request, response, HttpStatus.TOO_MANY_REQUESTS, seconds,
                "Too many requests of this kind from your address; try again in " + seconds + " s");
    }

    /** The busy page on its own (200), for a frame that shows why the view did not start. */
    String busyPage(HttpServletRequest request, long seconds) {
        return page.busy(request, words(request, request.getQueryString()), seconds,
                embedLink(request, "", request.getQueryString()));
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, long seconds,
                        String message) throws IOException {
        // Not logged: a flood is refused here by the million, and one line each would be the flood's own weapon.
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        RequestKind kind = RequestKind.of(request);
        if (kind == RequestKind.VIEW_START) {
            // Flow's client reads no body of a failed start: it shows its offline frame, which is the busy page
            // (OfflineStub). A script flooding starts gets one short line, the cheapest answer there is.
            replies.sendLine(request, response, status, message);
        } else if (kind == RequestKind.PAGE || kind == RequestKind.EMBED) {
            String query = request.getQueryString();
            replies.sendPage(request, response, status, page.busy(request, words(request, query), seconds,
                    embedLink(request, Replies.path(request).substring(1), query)));
        } else {
            replies.send(request, response, status, message);
        }
    }

    private static Messages words(HttpServletRequest request, String query) {
        String asked = null;
        for (String pair : query == null ? new String[0] : query.split("&")) {
            if (pair.startsWith(Languages.PARAMETER + "=")) {
                asked = URLDecoder.decode(pair.substring(Languages.PARAMETER.length() + 1), StandardCharsets.UTF_8);
                break;
            }
        }
        return Messages.of(ViewParameters.chosenLanguage(asked, request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    /**
     * The embed beside the page at {@code location} (below the context, no leading slash), showing the same view; the
     * site's first embed when {@code location} is no page (it is the client's word, so it never makes the link).
     */
    private String embedLink(HttpServletRequest request, String location, String query) {
        boolean known = location != null && routes.isPage(request.getServletContext(), "/" + location);
        String page = !known || location.isEmpty() || location.endsWith("/") ? (known ? location : "") : location + "/";
        String valid;
        try {
            valid = ViewParameters.check(query, ViewParameters.Known.of(datasets.current())).valid().suffix();
        } catch (RuntimeException noDatasetYet) {
            valid = "";
        }
        return request.getContextPath() + "/" + page + "embed" + valid;
    }
}
