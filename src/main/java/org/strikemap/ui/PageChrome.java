package org.strikemap.ui;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.strikemap.dataset.LoadedDataset;

/**
 * The full page's fixed words — title, subtitle and the credits under the map — written into the HTML Vaadin serves
 * for {@code /}, around the view's outlet (called by {@link LinkPreviews}). They never change while the page is
 * open, so they are plain HTML, not components each open view would keep on the server. Text only: the dataset's words are never read as HTML.
 */
final class PageChrome {

    private PageChrome() {
    }

    static void frame(Document page, LoadedDataset dataset) {
        Element body = page.body();
        body.addClass("sm-body");
        // router-ignore: a plain in-page jump, not a route for Vaadin's router.
        body.prependElement("a").addClass("sm-skip").attr("href", "#" + MapSetup.SKIP_TARGET).attr("router-ignore", "")
                .text("Skip the map: go to the list of strikes");
        Element header = new Element("header").addClass("sm-header");
        Element words = header.appendElement("div");
        words.appendElement("h1").text(dataset.description().title());
        words.appendElement("p").addClass("sm-subtitle").text(dataset.description().subtitle());
        body.prependChild(header);
        Element footer = body.appendElement("footer").addClass("sm-footer");
        footer.appendElement("p").text(credits(dataset.sources().outlets(), dataset.description().credit()));
    }

    static String credits(List<String> outlets, String credit) {
        return "Sources: " + String.join("; ", outlets) + ". " + credit + ". Uncertain dates and places are drawn as such.";
    }
}
