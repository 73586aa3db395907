package org.strikemap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strikemap.ingest.TestDatabase.edit;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strikemap.testing.AppBrowserTest;
import org.strikemap.testing.TestDatabase;

/**
 * Data is text, never markup: a dataset whose place name and claim carry HTML must show that HTML as characters.
 * Also checks who may frame which page.
 */
class HostileTextBrowserTest extends AppBrowserTest {

    static final String PLACE = "<img src=x id=injected-place>Central Kharkiv";
    static final String CLAIM = "<b id=injected-claim>3 killed</b>";

    @DynamicPropertySource
    static void hostileData(DynamicPropertyRegistry registry) {
        Path data = TestDatabase.copyOfSeedMap();
        edit(data, "strikes.csv", "kharkiv-2024-01-02,Central Kharkiv,", "kharkiv-2024-01-02,\"" + PLACE + "\",");
        edit(data, "claims.csv", ",3 killed,", ",\"" + CLAIM + "\",");
        TestDatabase.useDataIn(registry, data);
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
        Page page = open(path);
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
        HttpResponse<Void> embed = http.send(HttpRequest.newBuilder(URI.create(url("/embed"))).build(),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> page = http.send(HttpRequest.newBuilder(URI.create(url("/"))).build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(embed.headers().firstValue("Content-Security-Policy").orElseThrow()).endsWith("; frame-ancestors *");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).endsWith("; frame-ancestors 'self'");
        assertThat(embed.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
    }
}
