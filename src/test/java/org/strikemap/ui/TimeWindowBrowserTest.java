package org.strikemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.strikemap.i18n.Messages;
import org.strikemap.dataset.Datasets;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.map.CountSentence;
import org.strikemap.map.DayState;
import org.strikemap.map.StrikeMarks;
import org.strikemap.map.TimeWindow;
import org.strikemap.strike.Strike;
import org.strikemap.testing.MapPage;
import org.strikemap.testing.SeedMapBrowserTest;

/**
 * The timeline's from–to window in the real page and the embed: switched on and moved with the keyboard alone, each
 * handle a named slider that cannot pass the other; what it shows is what the server's rule says; the address keeps
 * it across a reload, and a reversed one is explained.
 */
class TimeWindowBrowserTest extends SeedMapBrowserTest {

    @Autowired
    Datasets datasets;

    @Test
    void bothHandlesMoveByKeyboardWithoutCrossingAndTheMapShowsTheServersWindow() {
        LocalDate first = datasets.current().sources().overview().periodFrom();
        Page page = open("/");
        Locator windowMode = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("From – to"));
        windowMode.focus();
        page.keyboard().press("Enter");
        assertThat(windowMode.getAttribute("aria-pressed")).isEqualTo("true");
        Locator from = slider(page, "Window from");
        Locator to = slider(page, "Window to");

        from.focus();
        page.keyboard().press("Home");
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");
        to.focus();
        page.keyboard().press("Home");
        // The "to" handle stops at "from": the window is one day, never reversed.
        assertThat(to.inputValue()).isEqualTo(from.inputValue()).isEqualTo("2");
        page.keyboard().press("PageUp");
        page.keyboard().press("PageUp");
        page.keyboard().press("ArrowLeft");
        from.focus();
        page.keyboard().press("End");
        assertThat(from.inputValue()).isEqualTo(to.inputValue()).isEqualTo("15");
        page.keyboard().press("PageDown");

        TimeWindow window = TimeWindow.between(first.plusDays(8), first.plusDays(15));
        page.waitForCondition(() -> page.url().contains("from=" + window.from() + "&to=" + window.to()));
        String sentence = expectShown(page, window);
        assertThat(from.getAttribute("aria-valuetext"))
                .isEqualTo("From " + label(window.from()) + " (to " + label(window.to()) + "): " + sentence);
        assertThat(to.getAttribute("aria-valuetext"))
                .isEqualTo("To " + label(window.to()) + " (from " + label(window.from()) + "): " + sentence);
        assertThat(page.locator("strike-timeline #announce").textContent()).isEqualTo(from.getAttribute("aria-valuetext"));

        // The address restores the window on reload.
        page.reload();
        MapPage.waitUntilDrawn(page);
        assertThat(slider(page, "Window from").inputValue()).isEqualTo("8");
        assertThat(slider(page, "Window to").inputValue()).isEqualTo("15");
        expectShown(page, window);

        // Back to "up to a day": the window's last day, by the same rule.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Up to a day")).click();
        page.waitForCondition(() -> page.url().contains("date=" + window.to()) && !page.url().contains("from="));
        page.waitForCondition(() -> MapPage.markStates(page).equals(states(TimeWindow.upTo(window.to()))));
    }

    @Test
    void theEmbedReadsMovesAndRestoresTheWindowInItsAddress() {
        Page page = open("/embed?from=2024-01-01&to=2024-01-10");
        TimeWindow window = TimeWindow.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 10));
        MapPage.waitForTime(page, window.time());
        assertThat(page.locator("strike-timeline #current").innerText()).isEqualTo("1 Jan 2024 – 10 Jan 2024");
        page.waitForCondition(() -> MapPage.markStates(page).equals(states(window)));

        slider(page, "Window to").focus();
        page.keyboard().press("ArrowRight");
        TimeWindow moved = TimeWindow.between(window.from(), window.to().plusDays(1));
        page.waitForCondition(() -> page.url().contains("from=2024-01-01&to=2024-01-11"));
        page.waitForCondition(() -> MapPage.markStates(page).equals(states(moved)));
        assertThat(MapPage.timelineCount(page)).isEqualTo(sentence(moved));

        page.reload();
        MapPage.waitUntilDrawn(page);
        assertThat(page.locator("strike-timeline #current").innerText()).isEqualTo("1 Jan 2024 – 11 Jan 2024");
        page.waitForCondition(() -> MapPage.markStates(page).equals(states(moved)));
    }

    @Test
    void aReversedWindowIsExplainedOnBothPagesAndTheWholePeriodShown() {
        LoadedDataset dataset = datasets.current();
        TimeWindow whole = TimeWindow.between(dataset.sources().overview().periodFrom(), dataset.sources().overview().periodTo());
        Page embed = open("/embed?from=2024-01-10&to=2024-01-01");
        MapPage.waitForTime(embed, whole.time());
        assertThat(embed.locator("#sm-notice").innerText()).contains("after it ends");
        assertThat(embed.locator("strike-timeline #current").innerText()).isEqualTo(label(whole.from()) + " – " + label(whole.to()));
        embed.waitForCondition(() -> MapPage.markStates(embed).equals(states(whole)));

        Page page = open("/?from=2024-01-10&to=2024-01-01");
        page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("after it ends")).waitFor();
        MapPage.waitForTime(page, whole.time());
        assertThat(page.locator("strike-timeline #current").innerText()).isEqualTo(label(whole.from()) + " – " + label(whole.to()));
        page.waitForCondition(() -> MapPage.markStates(page).equals(states(whole)));
    }

    @Test
    void playSlidesTheWindowToTheEndOfThePeriodKeepingItsLength() {
        LocalDate last = datasets.current().sources().overview().periodTo();
        Page page = open("/?from=2024-01-01&to=2024-01-08");
        page.locator("strike-timeline #speed").click();
        page.locator("strike-timeline #speed").click();
        slider(page, "Window to").focus();
        page.keyboard().press(" ");
        page.waitForCondition(() -> page.locator("strike-timeline #announce").textContent().startsWith("End of the period."));
        TimeWindow end = TimeWindow.between(last.minusDays(7), last);
        page.waitForCondition(() -> page.url().contains("from=" + end.from() + "&to=" + end.to()));
        assertThat(page.locator("strike-timeline #current").innerText()).startsWith(label(end.from()) + " – " + label(end.to()));
        page.waitForCondition(() -> MapPage.markStates(page).equals(states(end)));
    }

    /** Checks the marks, the timeline's count and the list's count against the server's rule; returns the sentence. */
    private String expectShown(Page page, TimeWindow window) {
        page.waitForCondition(() -> MapPage.markStates(page).equals(states(window)));
        String sentence = sentence(window);
        assertThat(MapPage.timelineCount(page)).isEqualTo(sentence);
        page.waitForCondition(() -> page.locator(".sm-count").innerText()
                .equals(label(window.from()) + " – " + label(window.to()) + ": " + sentence + "."));
        // A ghost says in words what it is, on the map and in the list.
        String possible = states(window).entrySet().stream().filter(e -> e.getValue().equals(DayState.POSSIBLE.id()))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        assertThat(page.locator("leaflet-map [data-layer-id='strikes'][data-feature-id='" + possible + "']")
                .getAttribute("aria-label")).endsWith("(possibly in this window)");
        assertThat(page.locator(".sm-list-button[data-strike='" + possible + "']").innerText()).contains("possibly in this window");
        return sentence;
    }

    private Map<String, String> states(TimeWindow window) {
        return datasets.current().strikes().all().stream().filter(s -> window.stateOf(s.date()).shown())
                .collect(Collectors.toMap(Strike::id, s -> window.stateOf(s.date()).id()));
    }

    private String sentence(TimeWindow window) {
        LoadedDataset dataset = datasets.current();
        return CountSentence.of(CountSentence.forMap(Messages.english()), new CountSentence.Tally(counted(window, DayState.RECORD),
                counted(window, DayState.POSSIBLE), dataset.strikes().locatedAttackCount(), dataset.unlocatedAttacks()), window);
    }

    private int counted(TimeWindow window, DayState state) {
        return (int) datasets.current().strikes().all().stream().filter(s -> StrikeMarks.counted(s.status()))
                .filter(s -> window.stateOf(s.date()) == state).count();
    }

    private static Locator slider(Page page, String name) {
        return page.getByRole(AriaRole.SLIDER, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** As frontend/ui/days.js's dayLabel: "2 Jan 2024". */
    private static String label(LocalDate day) {
        return DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH).format(day).replace("Sept", "Sep");
    }
}
