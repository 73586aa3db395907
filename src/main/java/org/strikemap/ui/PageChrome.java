package org.strikemap.ui;

import java.util.List;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.strikemap.dataset.DatasetDescription;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.i18n.BrowserWords;
import org.strikemap.i18n.Messages;
import org.strikemap.map.MapStyle;

/**
 * The full page's fixed words — title, subtitle and the credits under the map — written into the HTML Vaadin serves
 * for {@code /}, around the view's outlet (called by {@link LinkPreviews}), in the reader's language, with
 * {@code <html lang>}, the favicon, the browser components' words and the map's colours ({@link MapStyle}, as the
 * body's custom properties). They never change while the page is open, so they are plain HTML, not components each
 * open view would keep on the server. Text only: the dataset's words are never read as HTML; those it gives only in
 * English are marked {@code lang="en"}.
 */
public final class PageChrome {

    /** The site's icon, served by {@link Favicon}. */
    static final String ICON = "favicon.svg";

    private PageChrome() {
    }

    /** Writes the fixed words of {@code dataset} around the outlet of {@code page}, in {@code words}' language. */
    public static void frame(Document page, LoadedDataset dataset, Messages words) {
        String language = words.tag();
        page.getElementsByTag("html").attr("lang", language);
        page.head().appendElement("link").attr("rel", "icon").attr("type", "image/svg+xml").attr("href", ICON);
        DatasetDescription original = dataset.description();
        DatasetDescription.Worded local = original.in(language);
        Element body = page.body();
        body.addClass("sm-body");
        // The map's colours and sizes as the stylesheets' custom properties, there from the first paint.
        body.attr("style", MapStyle.cssDeclarations());
        Element header = new Element("header").addClass("sm-header");
        Element text = header.appendElement("div");
        marked(text.appendElement("h1").text(local.title()), original, "title", language);
        marked(text.appendElement("p").addClass("sm-subtitle").text(local.subtitle()), original, "subtitle", language);
        body.prependChild(header);
        // The first stop for the keyboard; router-ignore: a plain in-page jump, not a route for Vaadin's router.
        body.prependElement("a").addClass("sm-skip").attr("href", "#" + MapSetup.SKIP_TARGET).attr("router-ignore", "")
                .text(words.get("page.skip"));
        Element footer = body.appendElement("footer").addClass("sm-footer");
        footer.appendElement("p").text(credits(dataset.sources().outlets(), local.credit(), words));
        body.appendElement("script").attr("type", "application/json").attr("id", BrowserWords.ELEMENT_ID)
                .appendChild(new DataNode(BrowserWords.json(words)));
    }

    /** The credit line under the map, in English, also under the site's error pages (web.ErrorPage). */
    public static String credits(LoadedDataset dataset) {
        return credits(dataset.sources().outlets(), dataset.description().in(dataset.description().words().title().original()).credit(), Messages.english());
    }

    static String credits(List<String> outlets, String credit, Messages words) {
        return words.get("page.credits", "outlets", String.join("; ", outlets), "credit", credit);
    }

    /** Marks the map's words with the data's own language where the file gives {@code key} in no other. */
    private static void marked(Element element, DatasetDescription description, String key, String language) {
        if (!description.translated(key, language)) {
            element.attr("lang", description.languages().iterator().next());
        }
    }
}
