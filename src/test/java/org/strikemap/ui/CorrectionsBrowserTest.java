package org.strikemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.strikemap.account.AccountTestSupport;
import org.strikemap.account.Editor;
import org.strikemap.account.MapRole;
import org.strikemap.draft.DraftService;
import org.strikemap.draft.RecordKey;
import org.strikemap.draft.RecordKind;
import org.strikemap.publish.PublishService;
import org.strikemap.strike.DatePrecision;
import org.strikemap.strike.ReportedDate;
import org.strikemap.strike.Strike;
import org.strikemap.testing.SeedMapBrowserTest;
import org.strikemap.testing.View;

/**
 * A correction as readers meet it, in a real browser: an editor corrects a strike's date, a reviewer publishes it, the
 * embed says "Updated …" and its log names the change in English and Ukrainian; an article pinned to the earlier
 * version still shows the old date and says the map was updated since; an unknown version is 404 everywhere; and
 * restoring the old revision and publishing brings the old date back.
 */
class CorrectionsBrowserTest extends SeedMapBrowserTest {

    static final String MAP = "north-korean-missiles";
    static final String KYIV = "kyiv-1";
    Editor editor;
    Editor reviewer;

    @Autowired
    DraftService drafts;
    @Autowired
    PublishService publish;
    @Autowired
    DataSource database;

    @BeforeEach
    void people() {
        AccountTestSupport accounts = AccountTestSupport.over(database);
        editor = accounts.person("An editor", MAP, MapRole.EDITOR);
        reviewer = accounts.person("A reviewer", MAP, MapRole.REVIEWER);
    }

    @Test
    void aCorrectedDateIsLoggedForReadersWhileAPinnedArticleKeepsTheOldOne() throws Exception {
        String before = publish.versions(MAP).getFirst().version();
        RecordKey key = new RecordKey(RecordKind.STRIKE, KYIV);
        Strike kyiv = drafts.open(MAP, editor).content().strikes().find(KYIV).orElseThrow();
        LocalDate second = LocalDate.parse("2024-01-02");
        drafts.save(MAP, kyiv.dated(new ReportedDate(second, second, DatePrecision.DAY)), drafts.open(MAP, editor).revisionOf(key), editor,
                "the report dates it");
        String corrected = publish.publish(MAP, reviewer, "Kyiv's day is reported").version();

        Page page = open("/maps/" + MAP + "/embed?lang=en&strike=" + KYIV);
        assertThat(card(page)).contains("2 January 2024");
        Locator updated = page.locator("details.sm-updates summary");
        assertThat(updated.innerText()).startsWith("Updated ").endsWith("What changed");
        updated.click();
        assertThat(page.locator(".sm-updates-log").innerText())
                .contains("Kyiv's day is reported")
                .contains("the date was corrected from “January 2024” to “2 January 2024”");
        assertThat(page.locator(".sm-updated-since").count()).as("the latest says nothing of updates since").isZero();

        Page ukrainian = open("/maps/" + MAP + "/embed?lang=uk&strike=" + KYIV, View.DESKTOP.inLanguage("uk"));
        ukrainian.locator("details.sm-updates summary").click();
        assertThat(ukrainian.locator("details.sm-updates summary").innerText()).startsWith("Оновлено ");
        assertThat(ukrainian.locator(".sm-updates-log").innerText()).contains("дату виправлено з «січень 2024» на «2 січня 2024»");

        // The article written against the earlier version.
        Page pinned = open("/maps/" + MAP + "/embed?lang=en&strike=" + KYIV + "&version=" + before);
        assertThat(card(pinned)).contains("January 2024").doesNotContain("2 January 2024");
        Locator notice = pinned.getByRole(AriaRole.NOTE);
        assertThat(notice.innerText()).contains("it has been updated since").contains("See the latest");
        assertThat(pinned.locator("#sm-full-map").getAttribute("href")).as("the full map keeps the version")
                .contains("version=" + before);
        Page fullPage = open("/maps/" + MAP + "?strike=" + KYIV + "&version=" + before);
        assertThat(fullPage.locator(".sm-updated-since").innerText()).contains("it has been updated since");
        assertThat(fullPage.locator(".sm-details").innerText()).contains("January 2024").doesNotContain("2 January 2024");
        fullPage.locator(".sm-updated-since a").click();
        fullPage.waitForCondition(() -> !fullPage.url().contains("version="));
        assertThat(open("/maps/" + MAP + "?strike=" + KYIV).locator(".sm-details").innerText()).contains("2 January 2024");

        APIResponse picture = page.request().get(url("/maps/" + MAP + "/embed.png?version=" + before));
        assertThat(picture.status()).isEqualTo(200);
        assertThat(picture.headers().get("etag")).as("the picture is of the pinned version").contains(before);
        for (String unknown : new String[] {"0123456789abcdef", "not-a-version", corrected.toUpperCase()}) {
            assertThat(page.request().get(url("/maps/" + MAP + "/embed?version=" + unknown)).status()).as(unknown).isEqualTo(404);
            assertThat(page.request().get(url("/maps/" + MAP + "/embed.png?version=" + unknown)).status()).as(unknown).isEqualTo(404);
            assertThat(page.request().get(url("/maps/" + MAP + "?version=" + unknown)).status()).as(unknown).isEqualTo(404);
            APIResponse oembed = page.request().get(oembed("/maps/" + MAP + "?version=" + unknown));
            assertThat(oembed.status()).as(unknown).isEqualTo(404);
            assertThat(oembed.text()).contains("no version");
        }
        assertThat(page.request().get(oembed("/maps/" + MAP + "?version=" + before)).text())
                .contains("/maps/" + MAP + "/embed?version=" + before);

        // Restoring the first revision is an edit like any other: a draft, then a reviewer's publication.
        drafts.restore(MAP, key, 1, editor, "the day was another strike's");
        publish.publish(MAP, reviewer, "Kyiv's day withdrawn");
        Page restored = open("/maps/" + MAP + "/embed?lang=en&strike=" + KYIV);
        assertThat(card(restored)).contains("January 2024").doesNotContain("2 January 2024");
        restored.locator("details.sm-updates summary").click();
        assertThat(restored.locator(".sm-updates-log").innerText())
                .contains("the date was corrected from “2 January 2024” to “January 2024”");
        // A reader's path from the "Updated" line to the change is one step (the line itself), on a phone too.
        Page phone = open("/maps/" + MAP + "/embed?lang=en", View.phone(390, 844));
        Locator line = phone.locator("details.sm-updates summary");
        assertThat(line.isVisible()).isTrue();
        line.click();
        Locator change = phone.getByText("the date was corrected from “2 January 2024” to “January 2024”", new Page.GetByTextOptions());
        change.scrollIntoViewIfNeeded();
        assertThat(change.isVisible()).isTrue();
        Files.createDirectories(Path.of("target", "screenshots"));
        restored.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "corrections-1280.png")));
        phone.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "corrections-390.png")));
    }

    private String oembed(String path) {
        return url("/oembed?url=" + URLEncoder.encode(url(path), StandardCharsets.UTF_8));
    }

    private static String card(Page page) {
        Locator details = page.locator(".sm-details").first();
        details.waitFor();
        return details.innerText();
    }
}
