package org.strikemap.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.strikemap.dataset.DatasetDescription;

/** The head tags, the iframe snippet and the view query, written as text and read back by an HTML parser. */
class PageMetaTest {

    static final String HOSTILE = "Tom & Jerry's \"map\" <script>alert(1)</script>";
    static final DatasetDescription.Worded WORDS = DatasetDescription.of(Map.of("title", HOSTILE, "subtitle",
            "Sub <b>title</b>", "about", "a", "credit", "c", "view_south", "1", "view_west", "2", "view_north", "3",
            "view_east", "4", "launch_area_label", "l")).in("en");

    @Test
    void tagsNameThePageItsPictureAndItsOEmbedWithTheViewParameters() {
        ViewQuery query = new ViewQuery(Map.of("utm", "x", "strike", "a b", "to", "2024-02-01", "date", "2024-01-02"));
        PageMeta meta = PageMeta.of("https://maps.test/sub/", MapPaths.DEFAULT, "", query, WORDS);

        assertThat(meta.pageUrl()).isEqualTo("https://maps.test/sub/?date=2024-01-02&strike=a%20b&to=2024-02-01");
        assertThat(meta.imageUrl()).isEqualTo("https://maps.test/sub/embed.png?date=2024-01-02&strike=a%20b&to=2024-02-01");
        assertThat(meta.oembedUrl()).isEqualTo("https://maps.test/sub/oembed?url="
                + "https%3A%2F%2Fmaps.test%2Fsub%2F%3Fdate%3D2024-01-02%26strike%3Da%2520b%26to%3D2024-02-01&format=json");
        assertThat(PageMeta.of("https://maps.test/", MapPaths.DEFAULT, "embed", new ViewQuery(Map.of()), WORDS).pageUrl())
                .isEqualTo("https://maps.test/embed");
        assertThat(PageMeta.of("https://maps.test/", MapPaths.DEFAULT, "embed",
                new ViewQuery(Map.of("from", "2024-01-01", "region", "UA-63")), WORDS).imageUrl())
                .isEqualTo("https://maps.test/embed.png?from=2024-01-01");
    }

    @Test
    void aMapsTagsNameItsOwnPageAndPicture() {
        MapPaths map = MapPaths.of("kn23");
        PageMeta meta = PageMeta.of("https://maps.test/", map, map.embed(), new ViewQuery(Map.of("date", "2024-01-02")), WORDS);
        assertThat(meta.pageUrl()).isEqualTo("https://maps.test/maps/kn23/embed?date=2024-01-02");
        assertThat(meta.imageUrl()).isEqualTo("https://maps.test/maps/kn23/embed.png?date=2024-01-02");
        assertThat(PageMeta.of("https://maps.test/", map, map.page(), new ViewQuery(Map.of()), WORDS).pageUrl())
                .isEqualTo("https://maps.test/maps/kn23");
    }

    @Test
    void htmlIsEscapedAndReadsBackAsTheSameTags() {
        PageMeta meta = PageMeta.of("http://localhost:8300/", MapPaths.DEFAULT, "embed",
                new ViewQuery(Map.of("strike", "\"><x")), WORDS);
        String html = meta.html();
        assertThat(html).doesNotContain("<script", "<b>", "'");

        Document head = Jsoup.parse("<html><head>" + html + "</head><body></body></html>");
        assertThat(head.head().children()).hasSize(meta.headTags().size());
        Element discovery = head.head().selectFirst("link[rel=alternate]");
        assertThat(discovery.attr("type")).isEqualTo("application/json+oembed");
        assertThat(discovery.attr("href")).isEqualTo(meta.oembedUrl());
        assertThat(discovery.attr("title")).isEqualTo(HOSTILE);
        assertThat(head.select("meta[property=og:title]").attr("content")).isEqualTo(HOSTILE);
        assertThat(head.select("meta[property=og:description]").attr("content")).isEqualTo("Sub <b>title</b>");
        assertThat(head.select("meta[property=og:type]").attr("content")).isEqualTo("website");
        assertThat(head.select("meta[property=og:url]").attr("content"))
                .isEqualTo("http://localhost:8300/embed?strike=%22%3E%3Cx");
        assertThat(head.select("meta[property=og:image]").attr("content")).isEqualTo(meta.imageUrl());
        assertThat(head.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(head.select("meta[name=twitter:image]").attr("content")).isEqualTo(meta.imageUrl());
    }

    @Test
    void theEmbedSnippetIsOneEscapedIframeAndItsHeightListener() {
        EmbedFrame frame = new EmbedFrame("https://maps.test/embed?date=1&strike=2", HOSTILE, 480);
        for (String html : new String[] {frame.html(), frame.html(320)}) {
            Document snippet = Jsoup.parseBodyFragment(html);
            assertThat(snippet.body().children()).hasSize(2);
            Element sizer = snippet.body().child(1);
            assertThat(sizer.tagName()).isEqualTo("script");
            assertThat(sizer.data()).contains("\"" + EmbedFrame.HEIGHT_MESSAGE + "\"", "iframe[data-strikemap]");
            Element iframe = snippet.body().child(0);
            assertThat(iframe.hasAttr("data-strikemap")).isTrue();
            assertThat(iframe.tagName()).isEqualTo("iframe");
            assertThat(iframe.childNodeSize()).isZero();
            assertThat(iframe.attr("src")).isEqualTo("https://maps.test/embed?date=1&strike=2");
            assertThat(iframe.attr("title")).isEqualTo(HOSTILE);
            assertThat(iframe.attr("height")).isEqualTo("480");
            assertThat(iframe.attr("loading")).isEqualTo("lazy");
        }
        assertThat(Jsoup.parseBodyFragment(frame.html()).body().child(0).attr("style")).isEqualTo("border:0;width:100%");
        assertThat(Jsoup.parseBodyFragment(frame.html(320)).body().child(0).attr("style"))
                .isEqualTo("border:0;width:100%;max-width:320px");
        assertThatThrownBy(() -> new EmbedFrame("x", "t", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
