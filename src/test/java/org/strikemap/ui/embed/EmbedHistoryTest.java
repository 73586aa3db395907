package org.strikemap.ui.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strikemap.i18n.Messages;
import org.strikemap.map.VersionArchive.Published;

/**
 * The embed's lines about versions: "Updated … · What changed" with the log, and a pinned version's "updated since";
 * a reviewer's note and the change sentences (which quote old revisions) stay text, whatever they hold.
 */
class EmbedHistoryTest {

    static final String HOSTILE = "<img src=x onerror=alert(1)> & \"quoted\"";
    static final Published FIRST = new Published("aaaaaaaaaaaaaaaa", Instant.parse("2024-01-10T09:00:00Z"), "data/x/",
            List.of(), Map.of());
    static final Published SECOND = new Published("bbbbbbbbbbbbbbbb", Instant.parse("2024-01-12T09:00:00Z"), HOSTILE,
            List.of(), Map.of("en", List.of("Kyiv: the place was corrected from “" + HOSTILE + "” to “Kyiv”.")));

    @Test
    void aNoteAndAChangeQuotingHostileTextStayText() {
        String html = EmbedHtml.updates(List.of(SECOND, FIRST), Messages.english());
        assertThat(html).startsWith("<details class=\"sm-updates\"><summary>Updated 12 Jan 2024 · ")
                .doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot;");
        assertThat(html.split("&lt;img", -1)).as("in the note and in the sentence").hasSize(3);
    }

    @Test
    void aMapNeverCorrectedSaysNothing() {
        assertThat(EmbedHtml.updates(List.of(FIRST), Messages.english())).isEmpty();
    }

    @Test
    void aPinnedOlderVersionSaysWhenItWasPublishedAndLinksTheLatest() {
        String html = EmbedHtml.updatedSince(new EmbedHtml.History(List.of(FIRST), "../?lang=en&x=<b>"), Messages.english());
        assertThat(html).isEqualTo("<p class=\"sm-updated-since\" role=\"note\">This is the map as published on 10 Jan 2024;"
                + " it has been updated since. <a target=\"_blank\" rel=\"noopener\" href=\"../?lang=en&amp;x=&lt;b&gt;\">"
                + "See the latest</a></p>\n");
        assertThat(EmbedHtml.updatedSince(new EmbedHtml.History(List.of(SECOND, FIRST), null), Messages.english())).isEmpty();
    }
}
