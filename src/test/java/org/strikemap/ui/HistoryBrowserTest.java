package org.strikemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.strikemap.dataset.Datasets;
import org.strikemap.strike.Strike;
import org.strikemap.testing.SeedMapBrowserTest;

/**
 * The browser's Back and Forward on the page and in the embed: opening a strike and filtering by region are
 * history entries, a settled timeline step only rewrites the current one, and each entry restores its view.
 */
class HistoryBrowserTest extends SeedMapBrowserTest {

    @Autowired
    Datasets datasets;

    @Test
    void backAndForwardWalkThroughOpenedStrikesAndRegionFilters() {
        Strike strike = exactlyDated();
        LocalDate last = datasets.current().sources().overview().periodTo();
        Page page = open("/");
        int start = historyLength(page);

        page.locator(".sm-list-button[data-strike='" + strike.id() + "']").click();
        page.waitForCondition(() -> page.url().contains("strike=" + strike.id()));
        page.locator(".sm-details").waitFor();
        assertThat(historyLength(page)).isEqualTo(start + 1);

        // A settled timeline step rewrites the entry, it does not add one.
        page.getByRole(AriaRole.SLIDER, new Page.GetByRoleOptions().setName("Timeline: attacks up to")).focus();
        page.keyboard().press("ArrowLeft");
        page.waitForCondition(() -> page.url().contains("date=" + last.minusDays(1)));
        assertThat(historyLength(page)).isEqualTo(start + 1);

        page.locator("leaflet-map path[data-feature-id='" + strike.location().region() + "']").dispatchEvent("click");
        page.waitForCondition(() -> page.url().contains("region=" + strike.location().region()) && !page.url().contains("strike="));
        String regionName = datasets.current().regions().nameOf(strike.location().region(), "en");
        page.waitForCondition(() -> page.locator(".sm-list h2").innerText().contains(regionName));
        assertThat(historyLength(page)).isEqualTo(start + 2);

        page.goBack();
        page.waitForCondition(() -> page.url().contains("strike=" + strike.id()) && !page.url().contains("region="));
        page.locator(".sm-details").waitFor();
        assertThat(page.locator(".lm-mark.lm-selected").count()).isOne();
        assertThat(page.locator("strike-timeline #current").innerText()).contains(day(last.minusDays(1)));

        page.goBack();
        page.waitForCondition(() -> !page.url().contains("strike="));
        page.locator(".sm-list").waitFor();
        page.waitForCondition(() -> page.locator(".sm-details").count() == 0 || !page.locator(".sm-details").isVisible());
        page.waitForCondition(() -> page.locator("strike-timeline #current").innerText().contains(day(last)));
        assertThat(page.locator(".lm-mark.lm-selected").count()).isZero();

        page.goForward();
        page.waitForCondition(() -> page.url().contains("strike=" + strike.id()));
        page.locator(".sm-details").waitFor();
        page.goForward();
        page.waitForCondition(() -> page.url().contains("region=" + strike.location().region()));
        page.waitForCondition(() -> page.locator(".sm-list h2").innerText().contains(regionName));
    }

    @Test
    void backRestoresTheTimelinesModeAfterTheReaderSwitchedIt() {
        Strike strike = exactlyDated();
        Page page = open("/");
        page.locator(".sm-list-button[data-strike='" + strike.id() + "']").click();
        page.waitForCondition(() -> page.url().contains("strike=" + strike.id()));
        Locator upTo = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Up to a day"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("From – to")).click();
        page.waitForCondition(() -> page.url().contains("from="));
        assertThat(upTo.getAttribute("aria-pressed")).isEqualTo("false");

        page.goBack();
        page.waitForCondition(() -> !page.url().contains("strike="));
        page.waitForCondition(() -> "true".equals(upTo.getAttribute("aria-pressed")));
        page.waitForCondition(() -> page.locator("strike-timeline #current").innerText().startsWith("Up to "));
    }

    @Test
    void theRegionFilterInTheAddressFiltersTheList() {
        Strike strike = exactlyDated();
        Page page = open("/?region=" + strike.location().region());
        String regionName = datasets.current().regions().nameOf(strike.location().region(), "en");
        page.waitForCondition(() -> page.locator(".sm-list h2").innerText().contains(regionName));
        long inRegion = datasets.current().strikes().all().stream().filter(s -> s.location().region().equals(strike.location().region())).count();
        page.waitForCondition(() -> page.locator(".sm-list-button[data-strike]").count() == inRegion);
    }

    @Test
    void theEmbedsBackAndForwardCloseAndReopenTheStrike() {
        Strike strike = exactlyDated();
        Page page = open("/embed");
        int start = historyLength(page);
        page.locator("leaflet-map [data-layer-id='strikes'][data-feature-id='" + strike.id() + "']").click();
        page.waitForCondition(() -> page.url().contains("strike=" + strike.id()));
        page.locator(".sm-sheet .sm-details").waitFor();
        assertThat(historyLength(page)).isEqualTo(start + 1);

        page.getByRole(AriaRole.SLIDER, new Page.GetByRoleOptions().setName("Timeline: attacks up to")).focus();
        page.keyboard().press("ArrowLeft");
        page.waitForCondition(() -> page.url().contains("date="));
        assertThat(historyLength(page)).isEqualTo(start + 1);

        page.goBack();
        page.waitForCondition(() -> !page.url().contains("strike="));
        page.waitForCondition(() -> !page.locator("#sm-sheet").isVisible());
        assertThat(page.locator(".lm-mark.lm-selected").count()).isZero();
        page.goForward();
        page.waitForCondition(() -> page.url().contains("strike=" + strike.id()));
        page.locator(".sm-sheet .sm-details").waitFor();
        assertThat(page.locator(".lm-mark.lm-selected").count()).isOne();
    }

    /** A strike dated to a day, shown on the period's last day and the one before. */
    private Strike exactlyDated() {
        LocalDate last = datasets.current().sources().overview().periodTo();
        return datasets.current().strikes().all().stream()
                .filter(s -> s.date().to() != null && s.date().from().equals(s.date().to()) && s.date().to().isBefore(last))
                .findFirst().orElseThrow();
    }

    private static String day(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMM uuuu", java.util.Locale.ENGLISH).format(date);
    }

    private static int historyLength(Page page) {
        return ((Number) page.evaluate("() => history.length")).intValue();
    }
}
