package org.strikemap.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;
import org.strikemap.dataset.Datasets;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.i18n.Languages;
import org.strikemap.i18n.Messages;
import org.strikemap.share.HeadTag;
import org.strikemap.share.PageMeta;
import org.strikemap.share.RequestOrigin;
import org.strikemap.share.ServerUrl;
import org.strikemap.share.ViewParameters;

/**
 * Writes {@link PageMeta}'s head tags (oEmbed discovery, Open Graph, Twitter card), and the page's fixed words
 * ({@link PageChrome}) in the reader's language ({@link ViewParameters#chosenLanguage}), into the HTML Vaadin serves for
 * {@code /}, for the view the address names (the static
 * {@code /embed} writes its own). An index-HTML listener rather than the app shell's
 * {@code configurePage}: it runs per request and sees the request's host and query.
 */
@Component
class LinkPreviews implements VaadinServiceInitListener {

    private final Datasets datasets;
    private final ServerUrl serverUrl;

    LinkPreviews(Datasets datasets, ServerUrl serverUrl) {
        this.datasets = datasets;
        this.serverUrl = serverUrl;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            VaadinRequest request = response.getVaadinRequest();
            pagePath(request.getPathInfo()).ifPresent(path -> {
                LoadedDataset dataset = datasets.current();
                String base = serverUrl.base(RequestOrigin.of((HttpServletRequest) request));
                Messages words = Messages.of(ViewParameters.chosenLanguage(request.getParameter(Languages.PARAMETER),
                        request.getHeader("Accept-Language")));
                // Links carry only what passes the one strict reading of the address; the view explains the rest.
                PageMeta meta = PageMeta.of(base, path, ViewParameters.check(request::getParameter,
                        ViewParameters.Known.of(dataset)).valid(), dataset.description().in(words.tag()));
                Element head = response.getDocument().head();
                for (HeadTag tag : meta.headTags()) {
                    Element element = head.appendElement(tag.element());
                    tag.attributes().forEach(element::attr);
                }
                PageChrome.frame(response.getDocument(), dataset, words);
            });
        });
    }

    /** The page's path below the base URL when it is the Vaadin page oEmbed answers for ({@code /}); the static
     * {@code /embed} writes its own tags (ui.embed.EmbedPage). */
    static Optional<String> pagePath(String pathInfo) {
        String path = pathInfo == null ? "" : pathInfo.replaceAll("^/+|/+$", "");
        return path.isEmpty() ? Optional.of(path) : Optional.empty();
    }
}
