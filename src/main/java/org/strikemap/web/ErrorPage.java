package org.strikemap.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.strikemap.dataset.Datasets;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.ui.PageChrome;
import org.strikemap.ui.Palette;

/**
 * The site's error page (404 and other errors of a page address): the map page's title, subtitle and credits around
 * one sentence and a link to the map. Static HTML with no script and no inline style, so it needs no session and
 * passes the strictest Content-Security-Policy. Limits: the message must already be cut ({@code share.Echo}).
 */
@Component
class ErrorPage {

    private final Datasets datasets;

    ErrorPage(Datasets datasets) {
        this.datasets = datasets;
    }

    String html(HttpServletRequest request, HttpStatus status, String message) {
        String root = request.getContextPath();
        String heading = switch (status) {
            case NOT_FOUND -> "Page not found";
            case URI_TOO_LONG -> "Address too long";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "Request headers too large";
            default -> status.is5xxServerError() ? "Something went wrong on our side" : status.getReasonPhrase();
        };
        String title = "StrikeMap";
        String subtitle = "";
        String credits = "";
        try {
            LoadedDataset dataset = datasets.current();
            title = dataset.description().words().title().words();
            subtitle = dataset.description().in(dataset.description().words().title().original()).subtitle();
            credits = PageChrome.credits(dataset);
        } catch (RuntimeException noDatasetYet) {
            // Before the first load the page still answers, with the site's name only.
        }
        return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                + "<title>" + text(heading + " · " + title + " · StrikeMap") + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + text(root) + Palette.PATH + "\">\n"
                + "<link rel=\"stylesheet\" href=\"" + text(root) + "/styles/strikemap.css\">\n"
                + "<link rel=\"stylesheet\" href=\"" + text(root) + "/styles/error-page.css\">\n"
                + "</head>\n<body class=\"sm-body sm-error-page\">\n"
                + "<header class=\"sm-header\"><div><h1>" + text(title) + "</h1><p class=\"sm-subtitle\">" + text(subtitle)
                + "</p></div></header>\n"
                + "<main class=\"sm-error\"><h2>" + text(heading) + "</h2>\n<p class=\"sm-error-message\">" + text(message)
                + "</p>\n<p><a class=\"sm-error-home\" href=\"" + text(root) + "/\">Open the map</a></p></main>\n"
                + "<footer class=\"sm-footer\"><p>" + text(credits) + "</p></footer>\n</body>\n</html>\n";
    }

    private static String text(String value) {
        return HtmlUtils.htmlEscape(value, StandardCharsets.UTF_8.name());
    }
}
