package org.strikemap.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.strikemap.share.EmbedFrame;

/** The link to the current view and the iframe snippet that embeds it, each with a copy button, and its PNG. */
class SharePanel extends Composite<Div> {

    SharePanel(String pageUrl, String embedUrl, String pictureUrl, String title) {
        Div root = getContent();
        root.addClassName("sm-share");
        TextField link = new TextField(getTranslation("share.link"));
        link.setValue(pageUrl);
        link.setReadOnly(true);
        link.setWidthFull();
        TextArea snippet = new TextArea(getTranslation("share.embed"));
        snippet.setValue(snippet(embedUrl, title));
        snippet.setReadOnly(true);
        snippet.setWidthFull();
        snippet.addClassName("sm-snippet");
        root.add(link, copyButton(getTranslation("share.copyLink"), link.getValue()), snippet, copyButton(getTranslation("share.copyEmbed"), snippet.getValue()),
                new Paragraph(getTranslation("share.note")));
        // The server's PNG of this view: saved, not opened, and not a route for Vaadin's router to take over.
        Anchor png = new Anchor(pictureUrl, getTranslation("share.png"));
        png.getElement().setAttribute("download", "strikemap.png").setAttribute("router-ignore", true);
        root.add(png);
    }

    static String snippet(String embedUrl, String title) {
        return new EmbedFrame(embedUrl, title, EmbedFrame.DEFAULT_HEIGHT).html();
    }

    private Button copyButton(String label, String text) {
        Button button = new Button(label);
        button.addClickListener(event -> button.getElement()
                .executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", text)
                .then(ok -> button.setText(getTranslation("share.copied")),
                        error -> button.setText(getTranslation("share.copyFailed"))));
        return button;
    }
}
