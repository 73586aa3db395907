package org.strikemap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Share dialog offers the view's picture as a download. */
class SharePanelPictureTest {

    @Test
    void theDialogLinksToThePictureOfThisViewAsADownload() {
        String picture = "http://localhost:8080/embed.png?date=2024-01-02&strike=a";
        SharePanel panel = new SharePanel(new SharePanel.Links("http://localhost:8080/?date=2024-01-02&strike=a",
                "http://localhost:8080/embed?date=2024-01-02&strike=a",
                "http://localhost:8080/embed?date=2024-01-02&strike=a&version=0123456789abcdef", picture), "A title");
        List<Anchor> anchors = panel.getContent().getChildren().filter(Anchor.class::isInstance).map(Anchor.class::cast)
                .filter(anchor -> anchor.getElement().hasAttribute("download")).toList();
        assertEquals(1, anchors.size());
        assertEquals(picture, anchors.getFirst().getHref());
        assertTrue(!anchors.getFirst().getText().isBlank(), "the link is named (its words: the bundles' share.png)");
    }

    @Test
    void theSnippetEmbedsTheLatestUntilThisVersionOnlyIsChosen() {
        SharePanel panel = new SharePanel(new SharePanel.Links("http://localhost:8080/maps/m",
                "http://localhost:8080/maps/m/embed?lang=en", "http://localhost:8080/maps/m/embed?lang=en&version=0123456789abcdef",
                "http://localhost:8080/maps/m/embed.png?lang=en"), "A title");
        TextArea snippet = panel.getContent().getChildren().filter(TextArea.class::isInstance).map(TextArea.class::cast)
                .findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> which = panel.getContent().getChildren().filter(RadioButtonGroup.class::isInstance)
                .map(RadioButtonGroup.class::cast).findFirst().orElseThrow();
        assertTrue(snippet.getValue().contains("src=\"http://localhost:8080/maps/m/embed?lang=en\""), snippet.getValue());
        which.setValue(which.getListDataView().getItems().toList().get(1));
        assertTrue(snippet.getValue().contains("embed?lang=en&amp;version=0123456789abcdef"), snippet.getValue());
        which.setValue(which.getListDataView().getItems().toList().get(0));
        assertTrue(!snippet.getValue().contains("version="), snippet.getValue());
    }
}
