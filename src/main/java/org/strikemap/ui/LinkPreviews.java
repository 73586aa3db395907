package org.strikemap.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.i18n.Languages;
import org.strikemap.i18n.Messages;
import org.strikemap.map.ShownMaps;
import org.strikemap.share.HeadTag;
import org.strikemap.share.MapPaths;
import org.strikemap.share.PageMeta;
import org.strikemap.share.RequestOrigin;
import org.strikemap.share.ServerUrl;
import org.strikemap.share.ViewAddress;

/**
 * Writes {@link PageMeta}'s head tags (oEmbed discovery, Open Graph, Twitter card), and the page's fixed words
 * ({@link PageChrome}) in the reader's language ({@link ViewAddress#chosenLanguage}), into the HTML Vaadin serves for
 * a map's full page ({@code /}, {@code /maps/{slug}}), for the view the address names, its links on this server's
 * public address ({@link ServerUrl}) with only the values that pass {@link ViewAddress#check} (the static embeds
 * write their own). An index-HTML listener rather than the app shell's {@code configurePage}: it runs per request
 * and sees the request's host and query.
 */
@Component
class LinkPreviews implements VaadinServiceInitListener {

    private static final Pattern MAP_PAGE = Pattern.compile("maps/([^/]+)");

    private final ShownMaps shownMaps;
    private final ServerUrl serverUrl;

    LinkPreviews(ShownMaps shownMaps, ServerUrl serverUrl) {
        this.shownMaps = shownMaps;
        this.serverUrl = serverUrl;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            VaadinRequest request = response.getVaadinRequest();
            mapPaths(request.getPathInfo()).ifPresent(paths -> {
                // The version the address pins, if any, whose strikes and version the links are checked against.
                LoadedDataset dataset = shownMaps.of(paths.slug(), request.getParameter(ShownMaps.PARAMETER))
                        .map(ShownMaps.Shown::map).orElse(null);
                if (dataset == null) {
                    return;
                }
                String base = serverUrl.base(RequestOrigin.of((HttpServletRequest) request));
                Messages words = Messages.of(ViewAddress.chosenLanguage(request.getParameter(Languages.PARAMETER),
                        request.getHeader("Accept-Language"), dataset.description().languages()));
                // Links carry only what passes the one strict reading of the address; the view explains the rest.
                PageMeta meta = PageMeta.of(base, paths, paths.page(), ViewAddress.check(request::getParameter,
                        ViewAddress.Known.of(dataset)).valid(), dataset.description().in(words.tag()));
                Element head = response.getDocument().head();
                for (HeadTag tag : meta.headTags()) {
                    Element element = head.appendElement(tag.element());
                    tag.attributes().forEach(element::attr);
                }
                PageChrome.frame(response.getDocument(), dataset, words);
            });
        });
    }

    /**
     * The map whose full page {@code pathInfo} is ({@code /}: the default map, {@code /maps/{slug}}: that one), as
     * the Vaadin page oEmbed answers for; the static embeds write their own tags (ui.embed.EmbedPage).
     */
    static Optional<MapPaths> mapPaths(String pathInfo) {
        String path = pathInfo == null ? "" : pathInfo.replaceAll("^/+|/+$", "");
        if (path.isEmpty()) {
            return Optional.of(MapPaths.DEFAULT);
        }
        Matcher map = MAP_PAGE.matcher(path);
        return map.matches() ? Optional.of(MapPaths.of(map.group(1))) : Optional.empty();
    }
}
