package org.strikemap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.strikemap.share.MapPaths;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strikemap.ingest.DatasetFiles;
import org.strikemap.map.ShownMaps;
import org.strikemap.share.ServerUrl;
import org.strikemap.testing.TestDatabase;

/**
 * The head tags Vaadin's index page gets for {@code /}, from the request's (allowed) host and its valid query, on
 * the real dataset; without the frontend bundle (OEmbedApiTest checks the served page when the bundle is there).
 */
@SpringBootTest
class LinkPreviewsTest {

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabase.useRealDataIn(registry);
    }

    @Autowired
    ShownMaps shownMaps;

    Document render(String pathInfo, Map<String, String> parameters) {
        ServiceInitEvent event = new ServiceInitEvent(mock(VaadinService.class));
        new LinkPreviews(shownMaps, new ServerUrl("", List.of("maps.test"))).serviceInit(event);
        VaadinServletRequest request = mock(VaadinServletRequest.class);
        when(request.getPathInfo()).thenReturn(pathInfo);
        when(request.getScheme()).thenReturn("http");
        when(request.getServerName()).thenReturn("maps.test");
        when(request.getServerPort()).thenReturn(8300);
        when(request.getContextPath()).thenReturn("");
        parameters.forEach((name, value) -> when(request.getParameter(name)).thenReturn(value));
        Document document = Jsoup.parse("<!doctype html><html><head><title>x</title></head><body></body></html>");
        IndexHtmlResponse response = new IndexHtmlResponse(request, mock(VaadinResponse.class), document);
        event.getAddedIndexHtmlRequestListeners().forEach(listener -> listener.modifyIndexHtmlResponse(response));
        return document;
    }

    @Test
    void theMapGetsDiscoveryAndPreviewTagsForItsView() {
        Map<String, String> texts = DatasetFiles.rows(Path.of("data/north-korean-missiles/dataset.csv")).stream()
                .collect(Collectors.toMap(row -> row.get("key"), row -> row.get("value")));
        // A value that fails validation (a strike the data has not, a day that is none) never reaches a link.
        Document page = render("/", Map.of("date", "2024-01-02", "strike", "kyiv-1", "region", "XX-1", "from", "soon",
                "utm_source", "feed"));

        assertThat(page.head().select("link[type=application/json+oembed]").attr("href")).isEqualTo(
                "http://maps.test:8300/oembed?url=http%3A%2F%2Fmaps.test%3A8300%2F%3Fdate%3D2024-01-02%26strike%3Dkyiv-1"
                        + "&format=json");
        assertThat(page.head().select("link[type=application/json+oembed]").attr("title")).isEqualTo(texts.get("title"));
        assertThat(page.head().select("meta[property=og:title]").attr("content")).isEqualTo(texts.get("title"));
        assertThat(page.head().select("meta[property=og:description]").attr("content")).isEqualTo(texts.get("subtitle"));
        assertThat(page.head().select("meta[property=og:url]").attr("content"))
                .isEqualTo("http://maps.test:8300/?date=2024-01-02&strike=kyiv-1");
        assertThat(page.head().select("meta[property=og:image]").attr("content"))
                .isEqualTo("http://maps.test:8300/embed.png?date=2024-01-02&strike=kyiv-1");
        assertThat(page.head().select("meta[name=twitter:image]").attr("content"))
                .isEqualTo("http://maps.test:8300/embed.png?date=2024-01-02&strike=kyiv-1");
        assertThat(page.head().select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
    }

    @Test
    void otherPathsGetNoTags() {
        assertThat(render("/no-such-page", Map.of()).head().select("link[rel=alternate], meta[property]")).isEmpty();
        assertThat(LinkPreviews.mapPaths(null)).contains(MapPaths.DEFAULT);
        assertThat(LinkPreviews.mapPaths("/maps/kn23")).contains(MapPaths.of("kn23"));
        // The static embeds write their own tags (EmbedPageTest); Vaadin's index page never serves them.
        assertThat(LinkPreviews.mapPaths("/embed")).isEmpty();
        assertThat(LinkPreviews.mapPaths("/maps/kn23/embed")).isEmpty();
        assertThat(LinkPreviews.mapPaths("/embedded")).isEmpty();
    }
}
