package org.strikemap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Share dialog offers the view's picture as a download. */
class SharePanelPictureTest {

    @Test
    void theDialogLinksToThePictureOfThisViewAsADownload() {
        String picture = "http://localhost:8080/embed.png?date=2024-01-02&strike=a";
        SharePanel panel = new SharePanel("http://localhost:8080/?date=2024-01-02&strike=a",
                "http://localhost:8080/embed?date=2024-01-02&strike=a", picture, "A title");
        List<Anchor> anchors = panel.getContent().getChildren().filter(Anchor.class::isInstance).map(Anchor.class::cast)
                .filter(anchor -> anchor.getElement().hasAttribute("download")).toList();
        assertEquals(1, anchors.size());
        assertEquals(picture, anchors.getFirst().getHref());
        assertTrue(!anchors.getFirst().getText().isBlank(), "the link is named (its words: the bundles' share.png)");
    }
}
