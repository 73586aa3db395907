package org.strikemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.strikemap.i18n.Messages;
import org.strikemap.dataset.Datasets;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.leaflet.MarkerSymbol;
import org.strikemap.map.CountSentence;
import org.strikemap.map.DayState;
import org.strikemap.map.Shading;
import org.strikemap.map.StrikeMarks;
import org.strikemap.map.TimeWindow;
import org.strikemap.strike.Strike;
import org.strikemap.testing.MapPage;
import org.strikemap.testing.SeedMapBrowserTest;

/**
 * The server and the browser apply the same rules: on every day of the period and in a set of from–to windows, the
 * marks the browser draws and whether each is on record (in the window) or possible, the count sentences it writes
 * and the colour it gives each region are what the server's definitions say; and the legend's marks are the map's
 * marks.
 */
class RulesAgreeBrowserTest extends SeedMapBrowserTest {

    @Autowired
    Datasets datasets;

    @Test
    void everyDayTheBrowserShowsWhatTheServerRulesSay() {
        LoadedDataset dataset = datasets.current();
        Page page = open("/");
        LocalDate first = dataset.sources().overview().periodFrom();
        LocalDate last = dataset.sources().overview().periodTo();
        int located = dataset.strikes().locatedAttackCount();
        Set<String> seen = new HashSet<>();

        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            // Drag the timeline (its input event), as a reader would; no server round trip happens per step.
            page.evalOnSelectorAll("strike-timeline", "(t, offset) => { const s = t[0].shadowRoot.getElementById('slider');"
                    + " s.value = String(offset); s.dispatchEvent(new Event('input')); }", (int) (day.toEpochDay() - first.toEpochDay()));
            LocalDate d = day;
            TimeWindow upTo = TimeWindow.upTo(d);
            Map<String, String> states = dataset.strikes().all().stream().filter(s -> upTo.stateOf(s.date()).shown())
                    .collect(Collectors.toMap(Strike::id, s -> upTo.stateOf(s.date()).id()));
            List<Strike> onRecord = in(dataset, DayState.RECORD, d);
            List<Strike> possible = in(dataset, DayState.POSSIBLE, d);

            // Read once the map and the timeline show the day, all at that moment.
            MapPage.Shown shown = MapPage.shownAt(page, d.toString());
            assertThat(shown.marks()).as("marks on %s", day).isEqualTo(states);
            String sentence = CountSentence.of(CountSentence.forMap(Messages.english()), new CountSentence.Tally(
                    countedIn(onRecord), countedIn(possible), located, dataset.unlocatedAttacks()), upTo);
            assertThat(shown.count()).as("count on %s", day).isEqualTo(sentence);
            page.waitForCondition(() -> listCount(page).equals("By " + label(d) + ": " + sentence + "."));
            page.waitForCondition(() -> listStates(page).equals(states));
            Map<String, Integer> recordCounts = dataset.regions().attackCounts(onRecord);
            Map<String, Integer> possibleCounts = dataset.regions().attackCounts(possible);
            Map<String, String> expectedFills = recordCounts.keySet().stream().collect(Collectors.toMap(code -> code,
                    code -> Shading.ATTACKS.fillFor(recordCounts.get(code), possibleCounts.get(code))));
            assertThat(shown.fills()).as("region colours on %s", day).isEqualTo(expectedFills);
            seen.addAll(states.values());
            seen.addAll(expectedFills.values());
        }
        // The period shows both states and the possible tone, so the comparisons above compared them all.
        assertThat(seen).contains(DayState.RECORD.id(), DayState.POSSIBLE.id(), Shading.ATTACKS.possible());
    }

    @Test
    void everyWindowTheBrowserShowsWhatTheServerRulesSay() {
        LoadedDataset dataset = datasets.current();
        Page page = open("/");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("From – to")).click();
        // The switch goes to the server, whose answer sets the map's window (the whole period so far): a move made
        // before that answer arrives would be undone by it. The address changes with the answer.
        page.waitForCondition(() -> page.url().contains("from="));
        MapPage.waitForServer(page);
        LocalDate first = dataset.sources().overview().periodFrom();
        LocalDate last = dataset.sources().overview().periodTo();
        int span = (int) (last.toEpochDay() - first.toEpochDay());
        int located = dataset.strikes().locatedAttackCount();
        Set<String> seen = new HashSet<>();
        Set<List<Integer>> windows = new LinkedHashSet<>();
        for (int from : new int[] {0, 1, 2, 3, 5, 10, 20, span / 2, span - 1, span}) {
            for (int length : new int[] {0, 1, 4, 9, 20, span}) {
                windows.add(List.of(Math.min(from, span), Math.min(from + length, span)));
            }
        }

        for (List<Integer> offsets : windows) {
            // Both handles placed, then one input event, as a drag of a handle makes; no server round trip.
            page.evalOnSelectorAll("strike-timeline", "(t, [a, b]) => { const r = t[0].shadowRoot;"
                    + " r.getElementById('from').value = String(a); r.getElementById('to').value = String(b);"
                    + " r.getElementById('to').dispatchEvent(new Event('input')); }", offsets);
            TimeWindow window = TimeWindow.between(first.plusDays(offsets.get(0)), first.plusDays(offsets.get(1)));
            Map<String, String> states = dataset.strikes().all().stream().filter(s -> window.stateOf(s.date()).shown())
                    .collect(Collectors.toMap(Strike::id, s -> window.stateOf(s.date()).id()));
            List<Strike> inside = in(dataset, DayState.RECORD, window);
            List<Strike> possible = in(dataset, DayState.POSSIBLE, window);

            // Read once the map and the timeline show the window, all at that moment.
            MapPage.Shown shown = MapPage.shownAt(page, window.time());
            assertThat(shown.marks()).as("marks in %s", window).isEqualTo(states);
            String sentence = CountSentence.of(CountSentence.forMap(Messages.english()), new CountSentence.Tally(
                    countedIn(inside), countedIn(possible), located, dataset.unlocatedAttacks()), window);
            assertThat(shown.count()).as("count in %s", window).isEqualTo(sentence);
            String lead = label(window.from()) + " – " + label(window.to()) + ": ";
            page.waitForCondition(() -> listCount(page).equals(lead + sentence + "."));
            page.waitForCondition(() -> listStates(page).equals(states));
            Map<String, Integer> insideCounts = dataset.regions().attackCounts(inside);
            Map<String, Integer> possibleCounts = dataset.regions().attackCounts(possible);
            Map<String, String> expectedFills = insideCounts.keySet().stream().collect(Collectors.toMap(code -> code,
                    code -> Shading.ATTACKS.fillFor(insideCounts.get(code), possibleCounts.get(code))));
            assertThat(shown.fills()).as("region colours in %s", window).isEqualTo(expectedFills);
            seen.addAll(states.values());
            seen.addAll(expectedFills.values());
            seen.add(states.size() < dataset.strikes().all().size() ? "some not shown" : "all shown");
        }
        assertThat(seen).contains(DayState.RECORD.id(), DayState.POSSIBLE.id(), Shading.ATTACKS.possible(), "some not shown");
    }

    @Test
    void theSettledDayListsWhatTheServerRuleShows() {
        LoadedDataset dataset = datasets.current();
        Page page = open("/");
        Locator slider = page.locator("strike-timeline #slider");
        slider.focus();
        page.keyboard().press("Home");
        page.keyboard().press("ArrowRight");
        LocalDate day = dataset.sources().overview().periodFrom().plusDays(1);
        page.waitForCondition(() -> page.url().contains("date=" + day));
        Set<String> expected = dataset.strikes().all().stream().filter(s -> TimeWindow.upTo(day).stateOf(s.date()).shown())
                .map(Strike::id).collect(Collectors.toSet());
        page.waitForCondition(() -> listed(page).equals(expected));
        assertThat(MapPage.shownAt(page, day.toString()).marks().keySet()).isEqualTo(expected);
    }

    @Test
    void theLegendDrawsTheMapsOwnMarks() {
        Page page = open("/");
        for (MarkerSymbol symbol : MarkerSymbol.values()) {
            // A solid mark of each shape the key shows; the period's last day has one on the map for every shape
            // but the one that never ends (its key mark is the solid shape all the same).
            Locator solid = page.locator("leaflet-map .lm-mark-" + symbol.id() + ":not(.lm-possible) svg > *");
            if (solid.count() == 0) {
                continue;
            }
            Locator mark = solid.first();
            Locator key = page.locator(".sm-legend lm-symbol[name='" + symbol.id() + "']:not(.lm-possible) svg > *").first();
            assertThat(key.evaluate("e => e.tagName + '.' + e.getAttribute('class')"))
                    .as(symbol.id()).isEqualTo(mark.evaluate("e => e.tagName + '.' + e.getAttribute('class')"));
            assertThat(key.evaluate("e => getComputedStyle(e).fill + ' ' + getComputedStyle(e).stroke"))
                    .as(symbol.id()).isEqualTo(mark.evaluate("e => getComputedStyle(e).fill + ' ' + getComputedStyle(e).stroke"));
        }
    }

    @Test
    void theLegendDrawsTheMapsGhostOfAPossibleMark() {
        Page page = open("/");
        LocalDate first = datasets.current().sources().overview().periodFrom();
        page.evalOnSelectorAll("strike-timeline", "t => { const s = t[0].shadowRoot.getElementById('slider');"
                + " s.value = '0'; s.dispatchEvent(new Event('input')); }");
        MapPage.waitForTime(page, first.toString());
        Strike possible = datasets.current().strikes().all().stream()
                .filter(s -> TimeWindow.upTo(first).stateOf(s.date()) == DayState.POSSIBLE
                        && StrikeMarks.symbolOf(s.status(), s.location().precision()) == MarkerSymbol.DOT
                        && !StrikeMarks.faded(s.date().precision())).findFirst()
                .orElseGet(() -> datasets.current().strikes().all().stream()
                        .filter(s -> TimeWindow.upTo(first).stateOf(s.date()) == DayState.POSSIBLE
                                && StrikeMarks.symbolOf(s.status(), s.location().precision()) == MarkerSymbol.DOT).findFirst()
                        .orElseThrow());
        Locator mark = page.locator("leaflet-map [data-feature-id='" + possible.id() + "'] svg > *");
        Locator key = page.locator(".sm-legend lm-symbol.lm-possible[name='dot'] svg > *");
        assertThat(key.count()).isEqualTo(1);
        String style = "e => { const s = getComputedStyle(e); return [s.fill, s.stroke, s.strokeDasharray].join(' '); }";
        assertThat(key.evaluate(style)).isEqualTo(mark.evaluate(style));
        assertThat(mark.evaluate(style)).isNotEqualTo(page.locator(".sm-legend lm-symbol[name='dot']:not(.lm-possible) svg > *")
                .first().evaluate(style));
    }

    private static List<Strike> in(LoadedDataset dataset, DayState state, TimeWindow window) {
        return dataset.strikes().all().stream().filter(s -> window.stateOf(s.date()) == state).toList();
    }

    private static List<Strike> in(LoadedDataset dataset, DayState state, LocalDate day) {
        return dataset.strikes().all().stream().filter(s -> TimeWindow.upTo(day).stateOf(s.date()) == state).toList();
    }

    private static int countedIn(List<Strike> strikes) {
        return (int) strikes.stream().filter(s -> StrikeMarks.counted(s.status())).count();
    }

    /** As frontend/ui/days.js's dayLabel: "2 Jan 2024". */
    private static String label(LocalDate day) {
        return DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH).format(day).replace("Sept", "Sep");
    }

    private static String listCount(Page page) {
        return page.locator(".sm-count").innerText();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> listStates(Page page) {
        return (Map<String, String>) page.evalOnSelectorAll(".sm-list-button[data-strike]",
                "buttons => Object.fromEntries(buttons.map(b => [b.dataset.strike, b.dataset.state]))");
    }

    @SuppressWarnings("unchecked")
    private static Set<String> listed(Page page) {
        return Set.copyOf((List<String>) page.evalOnSelectorAll(".sm-list-button[data-strike]",
                "buttons => buttons.map(b => b.dataset.strike)"));
    }
}
