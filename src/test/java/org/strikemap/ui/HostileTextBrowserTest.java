package org.strikemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strikemap.testing.RealBrowserTest;

/**
 * Data is text, never markup: a dataset whose place name and claim carry HTML must show that HTML as characters.
 * Also checks who may frame which page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileTextBrowserTest extends RealBrowserTest {

    static final String PLACE = "<img src=x id=injected-place>Central Kharkiv";
    static final String CLAIM = "<b id=injected-claim>3 killed</b>";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void hostileData(DynamicPropertyRegistry registry) throws IOException {
        Path data = Files.createTempDirectory("strikemap-hostile-data");
        copy(Path.of("data"), data);
        replace(data.resolve("north-korean-missiles/strikes.csv"), "kharkiv-2024-01-02,Central Kharkiv,", "kharkiv-2024-01-02,\"" + PLACE + "\",");
        replace(data.resolve("north-korean-missiles/claims.csv"), ",3 killed,", ",\"" + CLAIM + "\",");
        registry.add("strikemap.data-dir", data::toString);
        registry.add("strikemap.db-dir", () -> data.resolve("db").toString());
    }

    @Test
    void markupInTheDataReachesThePageAsText() {
        Page page = cardShownAsText("/?strike=kharkiv-2024-01-02", ".sm-details");
        String title = page.locator("[data-layer-id='strikes'][data-feature-id='kharkiv-2024-01-02']").getAttribute("title");
        assertThat(title).startsWith(PLACE);
    }

    @Test
    void markupInTheDataReachesTheEmbedAsText() {
        cardShownAsText("/embed?strike=kharkiv-2024-01-02", ".sm-sheet .sm-details");
    }

    /** Opens the path, and checks the card shows the hostile place and claim as text, with nothing injected. */
    private Page cardShownAsText(String path, String cardSelector) {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + path);
        Locator card = page.locator(cardSelector);
        card.waitFor();
        assertThat(card.textContent()).contains(PLACE, CLAIM);
        assertThat(page.locator("#injected-place").count()).isZero();
        assertThat(page.locator("#injected-claim").count()).isZero();
        return page;
    }

    @Test
    void onlyTheEmbedMayBeFramedByOtherSites() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<Void> embed = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/embed")).build(),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(embed.headers().firstValue("Content-Security-Policy").orElseThrow()).endsWith("; frame-ancestors *");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).endsWith("; frame-ancestors 'self'");
        assertThat(embed.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(source -> {
                try {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        if (!text.contains(from)) {
            throw new IllegalStateException(file + " no longer contains " + from);
        }
        Files.writeString(file, text.replace(from, to));
    }
}
