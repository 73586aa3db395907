package org.strikemap.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.strikemap.dataset.Datasets;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.i18n.Languages;
import org.strikemap.i18n.Messages;
import org.strikemap.share.MapPaths;
import org.strikemap.share.ViewAddress;

/**
 * The answers of a server holding its ground, for ops' limits to send: 503 when it holds all the views its memory
 * budget allows (or builds all the pages it may at once), 429 when one address has used its budget for a kind of
 * request; both with {@code Retry-After}, never cached, never a session. A page gets the busy page
 * ({@link ErrorPage#busy}) in the reader's language with links to the same map's page and to the embed of the same
 * view (any map: {@code /maps/{slug}}, its embed, the default map's); a view start one line (the page shows the busy
 * page in its frame); the data endpoints JSON, the picture a line of text. Reads the request's path and raw query
 * only, so it may answer before web.RequestGuard has checked them. Limits: the embed link keeps only the view
 * parameters that pass {@link ViewAddress#check} for that map.
 */
@Component
public class Refusals {

    /** A path at or below a map's page: {@code maps/{slug}}, {@code maps/{slug}/embed}, ... */
    private static final Pattern MAP_PATH = Pattern.compile("maps/([a-z0-9-]+)(/.*)?");

    private final Replies replies;
    private final ErrorPage page;
    private final Datasets datasets;

    Refusals(Replies replies, ErrorPage page, Datasets datasets) {
        this.replies = replies;
        this.page = page;
        this.datasets = datasets;
    }

    /** 503: the server is at its limit for this kind of request; {@code seconds} until it is worth trying again. */
    public void busy(HttpServletRequest request, HttpServletResponse response, long seconds) throws IOException {
        refuse(request, response, HttpStatus.SERVICE_UNAVAILABLE, seconds,
                "the map is very busy; please try again in " + seconds + " s");
    }

    /** 429: this client address has used its budget for this kind of request. */
    public void tooMany(HttpServletRequest request, HttpServletResponse response, long seconds) throws IOException {
        refuse(request, response, HttpStatus.TOO_MANY_REQUESTS, seconds, (RequestKind.of(request) == RequestKind.SIGN_IN
                ? "Too many sign-in attempts from your address" : "Too many requests of this kind from your address")
                + "; try again in " + seconds + " s");
    }

    /** The busy page on its own (200), for a frame that shows why the view did not start. */
    String busyPage(HttpServletRequest request, long seconds) {
        Optional<LoadedDataset> map = mapOf("");
        return page.busy(request, words(request, request.getQueryString(), map), seconds,
                links(request, map, request.getQueryString()));
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
            Optional<LoadedDataset> map = mapOf(Replies.path(request).substring(1));
            replies.sendPage(request, response, status, page.busy(request, words(request, query, map), seconds,
                    links(request, map, query)));
        } else {
            replies.send(request, response, status, message);
        }
    }

    private static Messages words(HttpServletRequest request, String query, Optional<LoadedDataset> map) {
        String asked = null;
        for (String pair : query == null ? new String[0] : query.split("&")) {
            if (pair.startsWith(Languages.PARAMETER + "=")) {
                asked = URLDecoder.decode(pair.substring(Languages.PARAMETER.length() + 1), StandardCharsets.UTF_8);
                break;
            }
        }
        return Messages.of(ViewAddress.chosenLanguage(asked, request.getHeader(HttpHeaders.ACCEPT_LANGUAGE),
                map.map(dataset -> dataset.description().languages()).orElse(Set.of())));
    }

    /**
     * The map whose page or embed {@code location} (below the context, no leading slash) is: {@code maps/{slug}}
     * and below name theirs when this server has it, anything else the default map; empty before any map is loaded.
     * The location is the client's word, so it names only a map there is.
     */
    private Optional<LoadedDataset> mapOf(String location) {
        try {
            Matcher named = MAP_PATH.matcher(location == null ? "" : location);
            return named.matches() ? datasets.find(named.group(1)).or(() -> Optional.of(datasets.current()))
                    : Optional.of(datasets.current());
        } catch (RuntimeException noMapYet) {
            return Optional.empty();
        }
    }

    /** The map's page and the embed of the same view, keeping only the view parameters that pass for that map. */
    private ErrorPage.BusyLinks links(HttpServletRequest request, Optional<LoadedDataset> map, String query) {
        MapPaths paths = map.filter(dataset -> !datasets.isDefault(dataset)).map(dataset -> MapPaths.of(dataset.slug()))
                .orElse(MapPaths.DEFAULT);
        String valid = map.map(dataset -> ViewAddress.check(query, ViewAddress.Known.of(dataset)).valid().suffix())
                .orElse("");
        String root = request.getContextPath() + "/";
        return new ErrorPage.BusyLinks(root + paths.page(), root + paths.embed() + valid);
    }
}
