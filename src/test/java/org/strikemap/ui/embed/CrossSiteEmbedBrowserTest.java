package org.strikemap.ui.embed;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.strikemap.share.EmbedFrame;
import org.strikemap.testing.MapPage;
import org.strikemap.testing.PolicyWatch;
import org.strikemap.testing.SeedMapBrowserTest;
import org.strikemap.testing.View;

/**
 * The embed as it is used: an article on one site (127.0.0.1) framing the map from another (localhost) with the
 * Share dialog's snippet. The map must draw, a click must open a strike's card, the frame must take the height the
 * embed posts, and nothing may set a cookie or load Vaadin's client engine.
 */
class CrossSiteEmbedBrowserTest extends SeedMapBrowserTest {

    private HttpServer article;
    private final List<String> setCookies = new CopyOnWriteArrayList<>();
    private final List<String> requested = new CopyOnWriteArrayList<>();

    @BeforeEach
    void serveArticle() throws IOException {
        String snippet = new EmbedFrame(url("/embed?date=2024-01-31"), "The map", 600).html();
        byte[] page = ("<!doctype html><html><head><title>Article</title></head><body style='margin:0'>"
                + "<h1>An article on another site</h1><p>Text before the map.</p>" + snippet
                + "<p id='after' style='height:2000px'>Text after the map.</p></body></html>").getBytes(StandardCharsets.UTF_8);
        article = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        article.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        article.start();
    }

    @AfterEach
    void stopArticle() {
        article.stop(0);
    }

    @Test
    void anArticleOnAnotherSiteShowsTheMapAndItsCardsWithoutACookie() {
        Page page = newPage(View.desktop(1000, 900));
        PolicyWatch watch = PolicyWatch.on(page);
        page.onResponse(response -> {
            requested.add(response.url());
            String cookie = response.headers().get("set-cookie");
            if (cookie != null) {
                setCookies.add(response.url() + ": " + cookie);
            }
        });
        page.navigate("http://127.0.0.1:" + article.getAddress().getPort() + "/");

        FrameLocator frame = page.frameLocator("iframe[data-strikemap]");
        Locator mark = frame.locator("leaflet-map [data-layer-id='strikes'][data-feature-id='kharkiv-2024-01-02']");
        mark.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        assertThat(frame.locator("leaflet-map .lm-mark").count()).isGreaterThan(5);
        assertThat(frame.locator("strike-timeline #current").innerText()).isEqualTo("Up to 31 Jan 2024");

        mark.click();
        Locator card = frame.locator(".sm-sheet .sm-details");
        card.waitFor();
        // The keyboard does the same: Escape closes the card, Enter on the focused mark opens it again.
        page.keyboard().press("Escape");
        card.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        mark.focus();
        page.keyboard().press("Enter");
        card.waitFor();
        assertThat(card.innerText()).contains("Kharkiv", "Prosecutor General Andriy Kostin", "Kyodo News");

        // The snippet's listener gives the frame the embed's own height instead of the fixed 600 px.
        page.waitForCondition(() -> frameHeight(page) != 600);
        double frameHeight = frameHeight(page);
        double contentHeight = ((Number) frame.locator("body").evaluate("b => b.scrollHeight")).doubleValue();
        assertThat(frameHeight).isBetween(contentHeight - 2, contentHeight + 2);

        assertThat(page.context().cookies()).isEmpty();
        assertThat(setCookies).isEmpty();
        assertThat(requested).anyMatch(url -> url.contains("/embed-assets/embed-"))
                .anyMatch(url -> url.contains("/layers/")).noneMatch(url -> url.contains("/VAADIN/"));
        // The embed ran under its own strict policy, inside a page with none: nothing was blocked.
        watch.assertClean();
    }

    @Test
    void theWheelScrollsTheArticleUntilTheReaderClicksTheMap() {
        Page page = newPage(View.desktop(1000, 700));
        page.navigate("http://127.0.0.1:" + article.getAddress().getPort() + "/");
        FrameLocator frame = page.frameLocator("iframe[data-strikemap]");
        Locator map = frame.locator("leaflet-map");
        frame.locator("leaflet-map .lm-mark").first().waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.ATTACHED));
        // The snippet gives the frame the embed's height and the map refits to it: the zoom is read once that is done.
        page.waitForCondition(() -> frameHeight(page) != 600);
        MapPage.waitUntilSettled(page.locator("iframe[data-strikemap]").elementHandle().contentFrame());
        double zoom = zoomOf(map);

        var box = map.boundingBox();
        page.mouse().move(box.x + box.width / 2, box.y + box.height / 3);
        page.mouse().wheel(0, 300);
        page.waitForCondition(() -> ((Number) page.evaluate("() => window.scrollY")).doubleValue() > 0);
        assertThat(zoomOf(map)).isEqualTo(zoom);
        assertThat(frame.locator(".lm-wheel-hint.lm-shown").count()).isOne();

        page.evaluate("() => window.scrollTo(0, 0)");
        box = map.boundingBox();
        page.mouse().click(box.x + box.width * 0.75, box.y + 40);
        page.mouse().move(box.x + box.width / 2, box.y + box.height / 3);
        page.mouse().wheel(0, -300);
        page.waitForCondition(() -> zoomOf(map) > zoom);
    }

    private static double frameHeight(Page page) {
        return ((Number) page.evaluate(
                "() => document.querySelector('iframe[data-strikemap]').getBoundingClientRect().height")).doubleValue();
    }

    private static double zoomOf(Locator map) {
        return ((Number) map.evaluate("m => m._map.getZoom()")).doubleValue();
    }
}
