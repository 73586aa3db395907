package org.strikemap.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.strikemap.dataset.Datasets;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.i18n.Messages;
import org.strikemap.ui.PageChrome;
import org.strikemap.ui.Palette;

/**
 * The site's error pages: the map page's title, subtitle and credits around one sentence and a link to the map
 * (404 and other errors of a page address), and the busy page (503 or 429: the server holds as many views as its
 * memory budget allows, or this address has started too many), worded in the reader's language, which offers the
 * embed of the same view: it is static and never waits for room. Static HTML with no script and no inline style, so
 * it needs no session and passes the strictest Content-Security-Policy. Limits: the message must already be cut
 * ({@code share.Echo}); links are paths from the site root (its context path), never a host.
 */
@Component
class ErrorPage {

    private final Datasets datasets;

    ErrorPage(Datasets datasets) {
        this.datasets = datasets;
    }

    String html(HttpServletRequest request, HttpStatus status, String message) {
        String heading = switch (status) {
            case NOT_FOUND -> "Page not found";
            case URI_TOO_LONG -> "Address too long";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "Request headers too large";
            default -> status.is5xxServerError() ? "Something went wrong on our side" : status.getReasonPhrase();
        };
        return page(request, Messages.english(), heading, "<p class=\"sm-error-message\">" + text(message) + "</p>\n"
                + "<p><a class=\"sm-error-home\" href=\"" + text(request.getContextPath()) + "/\">Open the map</a></p>");
    }

    /** Where the busy page leads: the map's page (to try again) and the embed of the same view (which never waits). */
    record BusyLinks(String page, String embed) {
    }

    /**
     * The busy page: why the map did not open, when to try again, and the embed of the same view, which needs no room
     * on the server.
     */
    String busy(HttpServletRequest request, Messages words, long retryAfterSeconds, BusyLinks links) {
        return page(request, words, words.get("busy.heading"),
                "<p class=\"sm-error-message\">" + text(words.get("busy.message", "seconds", retryAfterSeconds)) + "</p>\n"
                + "<p><a class=\"sm-error-home\" target=\"_top\" href=\"" + text(links.embed()) + "\">"
                + text(words.get("busy.embed")) + "</a></p>\n"
                + "<p><a target=\"_top\" href=\"" + text(links.page()) + "\">" + text(words.get("busy.retry"))
                + "</a></p>");
    }

    private String page(HttpServletRequest request, Messages words, String heading, String main) {
        String root = request.getContextPath();
        String title = "StrikeMap";
        String subtitle = "";
        String credits = "";
        try {
            LoadedDataset dataset = datasets.current();
            title = dataset.description().in(words.tag()).title();
            subtitle = dataset.description().in(words.tag()).subtitle();
            credits = PageChrome.credits(dataset);
        } catch (RuntimeException noDatasetYet) {
            // Before the first load the page still answers, with the site's name only.
        }
        return "<!doctype html>\n<html lang=\"" + text(words.tag()) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                + "<title>" + text(heading + " · " + title + " · StrikeMap") + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + text(root) + Palette.PATH + "\">\n"
                + "<link rel=\"stylesheet\" href=\"" + text(root) + "/styles/strikemap.css\">\n"
                + "<link rel=\"stylesheet\" href=\"" + text(root) + "/styles/error-page.css\">\n"
                + "</head>\n<body class=\"sm-body sm-error-page\">\n"
                + "<header class=\"sm-header\"><div><h1>" + text(title) + "</h1><p class=\"sm-subtitle\">" + text(subtitle)
                + "</p></div></header>\n"
                + "<main class=\"sm-error\"><h2>" + text(heading) + "</h2>\n" + main + "</main>\n"
                + "<footer class=\"sm-footer\"><p>" + text(credits) + "</p></footer>\n</body>\n</html>\n";
    }

    private static String text(String value) {
        return HtmlUtils.htmlEscape(value, StandardCharsets.UTF_8.name());
    }
}
