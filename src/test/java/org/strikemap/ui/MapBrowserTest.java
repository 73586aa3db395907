package org.strikemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.strikemap.ingest.DatasetFiles;
import org.strikemap.testing.MapPage;
import org.strikemap.testing.PolicyWatch;
import org.strikemap.testing.SeedMapBrowserTest;
import org.strikemap.testing.View;

/** The real page in headless Chromium: marks, the details panel, the timeline and the embed. */
class MapBrowserTest extends SeedMapBrowserTest {

    private final List<PolicyWatch> watches = new ArrayList<>();

    @Test
    void clickingAMarkShowsItsClaimsAndSources() {
        Page page = open("/");
        page.locator("leaflet-map [data-layer-id='strikes'][data-feature-id='kharkiv-2024-01-02']").click();

        Locator panel = page.locator(".sm-details");
        panel.waitFor();
        assertThat(panel.innerText()).contains("2 January 2024", "Exact site not reported: the mark is at the place named, in Kharkiv Oblast")
                .contains("3 killed", "64 injured", "Prosecutor General Andriy Kostin")
                .contains("2 killed", "more than 60 injured")
                .doesNotContain("report 00", "display anchor")
                .contains("The most lethal use of the ballistic missile")
                .contains("Kyodo News", "The Straits Times")
                .containsPattern("2[78]\\d km from Voronezh");
        // The report the place comes from is named once, by its outlet.
        Map<String, String> row = DatasetFiles.rows(Path.of("data/north-korean-missiles/strikes.csv")).stream()
                .filter(r -> r.get("id").equals("kharkiv-2024-01-02")).findFirst().orElseThrow();
        String outlet = DatasetFiles.rows(Path.of("data/north-korean-missiles/sources.csv")).stream()
                .filter(r -> r.get("id").equals(row.get("source"))).findFirst().orElseThrow().get("outlet");
        assertThat(page.locator(".sm-details .sm-claim-head").last().innerText())
                .isEqualTo(row.get("place") + " — " + outlet);
        page.waitForCondition(() -> page.url().contains("strike=kharkiv-2024-01-02"));
        assertThat(page.locator(".lm-mark.lm-selected").count()).isEqualTo(1);

        page.keyboard().press("Escape");
        page.locator(".sm-list").waitFor();
    }

    @Test
    void eachUncertaintyIsOnePlainSentence() {
        Page page = open("/?strike=kyiv-2");
        page.locator(".sm-details").waitFor();
        assertThat(page.locator(".sm-when").innerText()).isEqualTo("Date not reported: between 30 Dec 2023 and 7 Feb 2024");
        assertThat(page.locator(".sm-where").innerText())
                .isEqualTo("Exact site not reported: the mark is at the place named, in Kyiv (city)");
        page.navigate(url("/?strike=poltava-region"));
        page.locator(".sm-details").waitFor();
        assertThat(page.locator(".sm-where").innerText())
                .isEqualTo("Only the region is reported: Poltava Oblast. The mark is placed inside it, not at a site");
        assertThat(page.locator(".sm-details").innerText()).doesNotContain("display anchor", "report 00");
    }

    @Test
    void theListShowsEveryStrikeOfTheDataAtTheEndOfThePeriod() {
        Page page = open("/");
        Set<String> all = DatasetFiles.rows(Path.of("data/north-korean-missiles/strikes.csv")).stream().map(row -> row.get("id"))
                .collect(Collectors.toSet());
        page.waitForCondition(() -> page.locator(".sm-list-button[data-strike]").count() == all.size());
        @SuppressWarnings("unchecked")
        List<String> listed = (List<String>) page.evalOnSelectorAll(".sm-list-button[data-strike]",
                "buttons => buttons.map(b => b.dataset.strike)");
        assertThat(Set.copyOf(listed)).isEqualTo(all);
        page.locator(".sm-list-button[data-strike='kharkiv-2024-01-02']").click();
        page.locator(".sm-details").waitFor();
        page.waitForCondition(() -> page.url().contains("strike=kharkiv-2024-01-02"));
    }

    @Test
    void movingTheTimelineToTheFirstOfJanuaryKeepsOnlyStrikesPossibleByThen() {
        Page page = open("/");
        Locator slider = page.locator("strike-timeline #slider");
        slider.focus();
        page.keyboard().press("Home");
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");

        Set<String> expected = strikesPossibleBy(LocalDate.of(2024, 1, 1));
        page.waitForCondition(() -> visibleMarks(page).equals(expected));
        assertThat(expected).isNotEmpty().doesNotContain("kharkiv-2024-01-02");
        page.waitForCondition(() -> page.url().contains("date=2024-01-01"));
        // Playwright's CSS selectors reach into the timeline's open shadow root.
        assertThat(page.locator("strike-timeline #current").innerText()).isEqualTo("Up to 1 Jan 2024");
        // On record: the whole date span has ended by the day; possible: it has begun, not ended (an unknown end never does).
        LocalDate day = LocalDate.of(2024, 1, 1);
        List<Map<String, String>> rows = DatasetFiles.rows(Path.of("data/north-korean-missiles/strikes.csv"));
        Set<String> onRecord = rows.stream().filter(row -> !row.get("date_to").isEmpty()
                && !LocalDate.parse(row.get("date_to")).isAfter(day)).map(row -> row.get("id")).collect(Collectors.toSet());
        Map<String, String> states = expected.stream().collect(Collectors.toMap(id -> id,
                id -> onRecord.contains(id) ? "record" : "possible"));
        assertThat(MapPage.markStates(page)).isEqualTo(states);
        assertThat(states).containsValue("record").containsValue("possible");
        long reported = rows.stream().filter(row -> row.get("status").equals("reported")).count();
        long record = rows.stream().filter(row -> row.get("status").equals("reported"))
                .filter(row -> onRecord.contains(row.get("id"))).count();
        long possible = rows.stream().filter(row -> row.get("status").equals("reported"))
                .filter(row -> expected.contains(row.get("id")) && !onRecord.contains(row.get("id"))).count();
        String sentence = record + " of " + reported + " located attacks on record, up to " + possible + " more possible";
        assertThat(page.locator("strike-timeline #count").innerText()).startsWith(sentence);
        // The list follows the timeline in the browser: wait for the text rather than read it once.
        PlaywrightAssertions.assertThat(page.locator(".sm-count")).containsText("By 1 Jan 2024: " + sentence);
        page.waitForCondition(() -> page.locator(".sm-list-button[data-state='possible']").count()
                == states.values().stream().filter("possible"::equals).count());
        assertThat(page.locator(".sm-list-button[data-state='possible']").first().innerText()).contains("possible, not yet on record");
    }

    @Test
    void embedOpensTheNamedStrikeWithoutPageChrome() {
        Page page = open("/embed?strike=kharkiv-2024-01-02");

        Locator panel = page.locator(".sm-sheet .sm-details");
        panel.waitFor();
        assertThat(panel.innerText()).contains("3 killed", "Prosecutor General Andriy Kostin");
        assertThat(page.locator(".lm-mark.lm-selected").count()).isEqualTo(1);
        assertThat(page.locator(".sm-header").count()).isZero();
        assertThat(page.locator("leaflet-map .lm-mark").count()).isGreaterThan(5);
    }

    @Test
    void theSliderIsNamedMovesAWeekWithPageKeysAndAnnouncesOnlyWhereItSettles() {
        Page page = open("/");
        Locator slider = page.getByRole(AriaRole.SLIDER, new Page.GetByRoleOptions().setName("Timeline: attacks up to"));
        assertThat(slider.count()).isOne();
        slider.focus();
        page.keyboard().press("Home");
        page.keyboard().press("PageUp");
        page.waitForCondition(() -> page.url().contains("date=2024-01-06"));
        Locator announce = page.locator("strike-timeline #announce");
        String settled = slider.getAttribute("aria-valuetext");
        assertThat(settled).startsWith("Up to 6 Jan 2024: ").endsWith(page.locator("strike-timeline #count").innerText());
        assertThat(announce.textContent()).isEqualTo(settled);

        // While the value only moves (an input event, as a drag makes), the announcement stays where it settled.
        slider.evaluate("s => { s.value = String(Number(s.value) + 3); s.dispatchEvent(new Event('input')); }");
        assertThat(slider.getAttribute("aria-valuetext")).startsWith("Up to 9 Jan 2024: ");
        assertThat(announce.textContent()).isEqualTo(settled);

        page.keyboard().press("End");
        page.keyboard().press("PageDown");
        page.waitForCondition(() -> page.url().contains("date=2024-01-31"));
        assertThat(announce.textContent()).startsWith("Up to 31 Jan 2024: ");
    }

    @Test
    void playbackDwellsOnTheDaysWhereSomethingChangesAndSumsUpThePeriod() {
        Page page = open("/?date=2023-12-30");
        Set<String> changeDays = DatasetFiles.rows(Path.of("data/north-korean-missiles/strikes.csv")).stream()
                .flatMap(row -> java.util.stream.Stream.of(row.get("date_from"), row.get("date_to")))
                .filter(day -> !day.isEmpty()).collect(Collectors.toSet());
        // A stand-in target beside the map and the list logs each day reached, and the pause the timeline then asks
        // for before its next step (its next setTimeout): what the reader waits, without this machine's own delays.
        page.evaluate("""
                () => {
                  const t = document.querySelector('strike-timeline');
                  window.reached = [];
                  let last = null;
                  t.targets = [...t.targets, { set time(day) { last = [day, null]; window.reached.push(last); } }];
                  const schedule = window.setTimeout;
                  window.setTimeout = (callback, delay, ...rest) => {
                    if (last) { last[1] = delay; last = null; }
                    return schedule.call(window, callback, delay, ...rest);
                  };
                }""");
        page.locator("strike-timeline #speed").click();
        page.locator("strike-timeline #speed").click();
        assertThat(page.locator("strike-timeline #speed").getAttribute("aria-label")).isEqualTo("Playback speed 4×");
        page.locator("strike-timeline #play").click();
        page.waitForCondition(() -> page.locator("strike-timeline #announce").textContent().startsWith("End of the period."));
        assertThat(page.locator("strike-timeline #current").innerText()).isEqualTo("Whole period, up to 7 Feb 2024");

        @SuppressWarnings("unchecked")
        List<List<Object>> reached = (List<List<Object>>) page.evaluate("() => window.reached");
        List<Double> dwell = new ArrayList<>();
        List<Double> pass = new ArrayList<>();
        for (List<Object> step : reached) {
            if (step.get(1) instanceof Number pause) { // the last day has no next step
                (changeDays.contains((String) step.get(0)) ? dwell : pass).add(pause.doubleValue());
            }
        }
        assertThat(dwell).isNotEmpty();
        assertThat(pass).isNotEmpty();
        assertThat(Collections.min(dwell)).isGreaterThan(3 * Collections.max(pass));
    }

    @Test
    void theHistogramDrawsDaysAsBarsAndVagueDatesAsStripsThatPointAtTheirMarks() {
        Page page = open("/");
        List<Map<String, String>> rows = DatasetFiles.rows(Path.of("data/north-korean-missiles/strikes.csv"));
        List<Map<String, String>> dated = rows.stream().filter(row -> row.get("date_precision").equals("day")).toList();
        Set<String> days = dated.stream().map(row -> row.get("date_from")).collect(Collectors.toSet());
        page.waitForCondition(() -> page.locator("strike-timeline .histogram .strip").count() == rows.size() - dated.size());
        assertThat(page.locator("strike-timeline .histogram .bar").count()).isEqualTo(days.size());

        Map<String, String> first = dated.get(0);
        Locator bar = page.locator("strike-timeline .histogram .bar").first();
        assertThat(bar.getAttribute("title")).contains(first.get("place"));
        bar.hover();
        page.waitForCondition(() -> highlighted(page).contains(first.get("id")));
        Set<String> sameDay = dated.stream().filter(row -> row.get("date_from").equals(first.get("date_from")))
                .map(row -> row.get("id")).collect(Collectors.toSet());
        assertThat(highlighted(page)).isEqualTo(sameDay);

        Locator strip = page.locator("strike-timeline .histogram .strip").first();
        strip.focus();
        page.waitForCondition(() -> highlighted(page).size() == 1);
        String id = highlighted(page).iterator().next();
        Map<String, String> vague = rows.stream().filter(row -> row.get("id").equals(id)).findFirst().orElseThrow();
        assertThat(vague.get("date_precision")).isNotEqualTo("day");
        assertThat(strip.getAttribute("aria-label")).startsWith(vague.get("place") + ", ");
        strip.blur();
        page.waitForCondition(() -> highlighted(page).isEmpty());
    }

    @SuppressWarnings("unchecked")
    private static Set<String> highlighted(Page page) {
        return Set.copyOf((List<String>) page.evaluate("() => [...document.querySelectorAll('leaflet-map .lm-highlighted')]"
                + ".map(m => m.dataset.featureId)"));
    }

    @Test
    void hoveringARegionNamesItAndCountsItsAttacks() {
        Page page = open("/");
        assertThat(page.locator("leaflet-map path.leaflet-interactive").count()).isGreaterThanOrEqualTo(27);
        assertThat(page.locator("leaflet-map path[data-feature-id='UA-53']").count()).isEqualTo(1);
        // A point inside Poltava Oblast, clear of marks and labels, in the page's own map coordinates.
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) page.evaluate("() => { const m = document.querySelector('leaflet-map');"
                + " const box = m.getBoundingClientRect(); const p = m._map.latLngToContainerPoint([50.2, 34.2]);"
                + " return [box.x + p.x, box.y + p.y]; }");
        page.mouse().move(point.get(0).doubleValue(), point.get(1).doubleValue());

        Locator tooltip = page.locator(".lm-tooltip");
        tooltip.waitFor();
        // The default day is the period's end, when Poltava's one attack (dated to the whole period) is on record.
        assertThat(tooltip.innerText()).isEqualTo("Poltava Oblast: 1 attack on record");
    }

    @Test
    void aRegionsTooltipSaysWhatIsOnRecordAndWhatIsPossible() {
        LocalDate day = LocalDate.of(2024, 1, 2);
        Page page = open("/?date=" + day);
        // A point inside Kharkiv Oblast (UA-63), south-east of its marks, in the page's own map coordinates.
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) page.evaluate("() => { const m = document.querySelector('leaflet-map');"
                + " const box = m.getBoundingClientRect(); const p = m._map.latLngToContainerPoint([49.0, 37.3]);"
                + " return [box.x + p.x, box.y + p.y]; }");
        page.mouse().move(point.get(0).doubleValue(), point.get(1).doubleValue());

        // From data/strikes.csv: reported attacks in the region, on record (date_to on or before the day) or possible.
        List<Map<String, String>> rows = DatasetFiles.rows(Path.of("data/north-korean-missiles/strikes.csv")).stream()
                .filter(row -> row.get("region").equals("UA-63") && row.get("status").equals("reported")).toList();
        long record = rows.stream().filter(row -> !row.get("date_to").isEmpty()
                && !LocalDate.parse(row.get("date_to")).isAfter(day)).count();
        long possible = rows.stream().filter(row -> !LocalDate.parse(row.get("date_from")).isAfter(day)).count() - record;
        assertThat(record).isEqualTo(1);
        assertThat(possible).isPositive();
        Locator tooltip = page.locator(".lm-tooltip");
        tooltip.waitFor();
        assertThat(tooltip.innerText()).isEqualTo("Kharkiv Oblast: 1 attack on record, " + possible + " more possible");
    }

    /** No test may see a CSP violation or console error on the page (the policy: web.ContentSecurityPolicy). */
    @AfterEach
    void nothingWasBlocked() {
        watches.forEach(PolicyWatch::assertClean);
        watches.clear();
    }

    /** Every page of this class is watched from before it loads. */
    @Override
    protected Page open(String path) {
        Page page = newPage(View.DESKTOP);
        watches.add(PolicyWatch.on(page));
        return navigate(page, path);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> visibleMarks(Page page) {
        List<String> ids = (List<String>) page.evalOnSelectorAll("leaflet-map [data-layer-id='strikes']",
                "marks => marks.map(m => m.dataset.featureId)");
        return Set.copyOf(ids);
    }

    /** Read straight from data/strikes.csv, independently of the app's services. */
    private static Set<String> strikesPossibleBy(LocalDate day) {
        return DatasetFiles.rows(Path.of("data/north-korean-missiles/strikes.csv")).stream()
                .filter(row -> !LocalDate.parse(row.get("date_from")).isAfter(day))
                .map(row -> row.get("id"))
                .collect(Collectors.toSet());
    }
}
