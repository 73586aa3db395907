package org.strikemap.ui.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.SimpleFileServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.strikemap.testing.MapPage;
import org.strikemap.testing.PolicyWatch;
import org.strikemap.testing.SeedMapBrowserTest;
import org.strikemap.testing.View;

/**
 * The published folder served by a plain static file server (the JDK's), with no StrikeMap server in the URL:
 * the map draws, opens on the published day and strike, and every request stays inside the folder.
 */
class StaticPublishBrowserTest extends SeedMapBrowserTest {

    @Autowired
    StaticPublisher publisher;

    @TempDir
    Path folder;

    @Test
    void thePublishedFolderDrawsTheMapFromAPlainStaticServer() throws Exception {
        publisher.publish(StaticPublisher.Request.to(folder).day("2024-01-31").strike("kharkiv-2024-01-02"));
        assertThat(folder.resolve("index.html")).exists();
        assertThat(javax.imageio.ImageIO.read(folder.resolve("embed.png").toFile()).getWidth()).isPositive();
        try (var layers = Files.list(folder.resolve("layers"))) {
            assertThat(layers.toList()).hasSize(1);
        }

        HttpServer server = SimpleFileServer.createFileServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                folder.toAbsolutePath(), SimpleFileServer.OutputLevel.NONE);
        server.start();
        List<String> requested = new CopyOnWriteArrayList<>();
        try {
            Page page = newPage(View.DESKTOP);
            page.onRequest(request -> requested.add(request.url()));
            PolicyWatch watch = PolicyWatch.on(page);
            String origin = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            page.navigate(origin);

            MapPage.waitUntilDrawn(page);
            assertThat(page.locator("strike-timeline #current").innerText()).isEqualTo("Up to 31 Jan 2024");
            Locator card = page.locator(".sm-sheet .sm-details");
            card.waitFor();
            assertThat(card.innerText()).contains("Kharkiv", "Prosecutor General Andriy Kostin");
            assertThat(page.locator("#sm-full-map").count()).isZero();
            assertThat(requested).allMatch(url -> url.startsWith(origin) || url.startsWith("data:"));
            watch.assertClean();
            // Without scripts the reader gets the published picture.
            try (BrowserContext noScript = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
                Page still = noScript.newPage();
                still.navigate(origin);
                assertThat(((Number) still.evaluate("() => document.querySelector('noscript') ? 1 : 0")).intValue()).isOne();
                assertThat(((Number) still.locator("img").evaluate("i => i.naturalWidth")).intValue()).isPositive();
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aDayOutsideThePeriodOrAnUnknownStrikeIsRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> publisher.publish(StaticPublisher.Request.to(folder.resolve("a")).day("2020-01-01")))
                .hasMessageContaining("outside the dataset's period");
        assertThatThrownBy(() -> publisher.publish(StaticPublisher.Request.to(folder.resolve("b")).strike("no-such")))
                .hasMessageContaining("no strike 'no-such'");
        assertThat(folder.resolve("a")).doesNotExist();
        assertThat(folder.resolve("b")).doesNotExist();
    }

    @Test
    void langUkPublishesTheUkrainianPageWithTheLayersOfEveryLanguage() throws Exception {
        Path uk = publisher.publish(StaticPublisher.Request.to(folder.resolve("uk")).language("uk"));
        String html = Files.readString(uk.resolve("index.html"));
        assertThat(html).contains("<html lang=\"uk\">", "id=\"strikemap-strings\"");
        assertThat(uk.resolve("favicon.svg")).exists();
        try (var layers = Files.walk(uk.resolve("layers"))) {
            List<String> files = layers.filter(Files::isRegularFile).map(file -> uk.relativize(file).toString()).toList();
            assertThat(files).anyMatch(file -> file.matches("layers/[0-9a-f]{16}/uk/strikes\\.geojson"))
                    .anyMatch(file -> file.matches("layers/[0-9a-f]{16}/strikes\\.geojson"));
            String strikesUrl = files.stream().filter(file -> file.endsWith("/uk/strikes.geojson")).findFirst().orElseThrow();
            assertThat(html).contains(strikesUrl);
        }
        assertThatThrownBy(() -> publisher.publish(StaticPublisher.Request.to(folder.resolve("c")).language("xx")))
                .hasMessageContaining("'xx' is not one of the map's languages");
    }
}
