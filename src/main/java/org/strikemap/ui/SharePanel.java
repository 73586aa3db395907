package org.strikemap.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Supplier;
import org.strikemap.share.EmbedFrame;

/**
 * The link to the current view and the iframe snippet that embeds it, each with a copy button, and its PNG. The
 * snippet embeds the latest version (it follows corrections) or, chosen beside it, only the version shown now (an
 * article about this moment keeps showing it, with a note once the map is updated).
 */
class SharePanel extends Composite<Div> {

    /**
     * @param page         the current view's address
     * @param latestEmbed  the embed of the view, always showing the latest version
     * @param pinnedEmbed  the embed of the view at the version shown now
     * @param picture      the PNG of the view as shown
     */
    record Links(String page, String latestEmbed, String pinnedEmbed, String picture) {
    }

    SharePanel(Links links, String title) {
        Div root = getContent();
        root.addClassName("sm-share");
        TextField link = new TextField(getTranslation("share.link"));
        link.setValue(links.page());
        link.setReadOnly(true);
        link.setWidthFull();
        RadioButtonGroup<String> which = new RadioButtonGroup<>(getTranslation("share.which"));
        String latest = getTranslation("share.latest");
        String pinned = getTranslation("share.pinned");
        which.setItems(latest, pinned);
        which.setValue(latest);
        which.addClassName("sm-share-which");
        TextArea snippet = new TextArea(getTranslation("share.embed"));
        snippet.setValue(snippet(links.latestEmbed(), title));
        snippet.setReadOnly(true);
        snippet.setWidthFull();
        snippet.addClassName("sm-snippet");
        which.addValueChangeListener(event -> snippet.setValue(
                snippet(pinned.equals(event.getValue()) ? links.pinnedEmbed() : links.latestEmbed(), title)));
        root.add(link, copyButton(getTranslation("share.copyLink"), link::getValue), which, snippet,
                copyButton(getTranslation("share.copyEmbed"), snippet::getValue), new Paragraph(getTranslation("share.note")));
        // The server's PNG of this view: saved, not opened, and not a route for Vaadin's router to take over.
        Anchor png = new Anchor(links.picture(), getTranslation("share.png"));
        png.getElement().setAttribute("download", "strikemap.png").setAttribute("router-ignore", true);
        root.add(png);
    }

    static String snippet(String embedUrl, String title) {
        return new EmbedFrame(embedUrl, title, EmbedFrame.DEFAULT_HEIGHT).html();
    }

    private Button copyButton(String label, Supplier<String> text) {
        Button button = new Button(label);
        button.addClickListener(event -> button.getElement()
                .executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", text.get())
                .then(ok -> button.setText(getTranslation("share.copied")),
                        error -> button.setText(getTranslation("share.copyFailed"))));
        return button;
    }
}
