package org.strikemap.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Collectors;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import org.strikemap.dataset.Datasets;
import org.strikemap.dataset.DatasetDescription;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.i18n.Languages;
import org.strikemap.i18n.Messages;
import org.strikemap.i18n.Text;
import org.strikemap.share.MapPaths;
import org.strikemap.source.DatasetOverview;

/**
 * {@code /maps}: the maps of this server, each with its title, subtitle, period, number of strikes and a small
 * picture from its PNG, linking to its full page. A plain page like the embed: no session, no script, cacheable for a
 * minute. Words in the reader's language ({@code ?lang=}, else Accept-Language); a map's words the map does not give
 * in that language are in its own, marked so.
 */
@RestController
class MapIndexPage {

    /** The pictures' width in CSS pixels; drawn at twice that for sharp screens. */
    static final int PICTURE_WIDTH = 240;
    private static final CacheControl SHORT = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

    private final Datasets datasets;

    MapIndexPage(Datasets datasets) {
        this.datasets = datasets;
    }

    @GetMapping(value = {"/maps", "/maps/"}, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(HttpServletRequest request) {
        String asked = request.getParameter(Languages.PARAMETER);
        Messages words = Messages.of(Languages.choose(asked, request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
        String items = datasets.all().stream().map(map -> item(map, words)).collect(Collectors.joining());
        String html = "<!doctype html>\n<html lang=\"" + text(words.tag()) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + text(words.get("index.title")) + "</title>\n"
                + "<link rel=\"icon\" type=\"image/svg+xml\" href=\"/favicon.svg\">\n"
                + "<link rel=\"stylesheet\" href=\"/styles/strikemap.css\">\n"
                + "<link rel=\"stylesheet\" href=\"/styles/map-index.css\">\n"
                + "</head>\n<body class=\"sm-index-page\">\n<main>\n<h1>" + text(words.get("index.heading")) + "</h1>\n"
                + "<ul class=\"sm-index\">\n" + items + "</ul>\n</main>\n</body>\n</html>\n";
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().cacheControl(SHORT)
                .header(HttpHeaders.CONTENT_LANGUAGE, words.tag());
        if (Languages.named(asked).isEmpty()) {
            response.varyBy(HttpHeaders.ACCEPT_LANGUAGE);
        }
        return response.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(html);
    }

    private static String item(LoadedDataset map, Messages words) {
        MapPaths paths = MapPaths.of(map.slug());
        DatasetDescription.Words own = map.description().words();
        DatasetOverview overview = map.sources().overview();
        String language = words.tag();
        String link = "/" + paths.page() + "?" + Languages.PARAMETER + "=" + language;
        String period = overview.periodFrom() == null ? ""
                : words.get("index.period", "from", words.shortDay(overview.periodFrom()), "to",
                        words.shortDay(overview.periodTo()));
        String picture = "/" + paths.picture() + "?width=" + 2 * PICTURE_WIDTH + "&" + Languages.PARAMETER + "=" + language;
        return "<li class=\"sm-index-item\">\n<a href=\"" + text(link) + "\">"
                + "<img src=\"" + text(picture) + "\" width=\"" + PICTURE_WIDTH + "\" alt=\"\" loading=\"lazy\">"
                + "<span class=\"sm-index-title\"" + lang(own.title(), language) + ">" + text(own.title().in(language))
                + "</span></a>\n" + (own.subtitle() == null ? "" : "<p class=\"sm-index-subtitle\"" + lang(own.subtitle(), language)
                + ">" + text(own.subtitle().in(language)) + "</p>\n") + "<p class=\"sm-index-facts\">" + text(period)
                + (period.isEmpty() ? "" : " · ") + text(words.get("index.strikes", "count",
                        words.number(map.strikes().all().size()))) + "</p>\n</li>\n";
    }

    /** A {@code lang} attribute when the words are in the map's own language rather than the page's. */
    private static String lang(Text words, String language) {
        return words.has(language) ? "" : " lang=\"" + text(words.original()) + "\"";
    }

    private static String text(String value) {
        return HtmlUtils.htmlEscape(value, StandardCharsets.UTF_8.name());
    }
}
