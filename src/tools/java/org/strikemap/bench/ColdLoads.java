package org.strikemap.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Cold page loads: a fresh browser context per load (no cache, no cookies, a new server session), 1280×800; bytes
 * over the wire until the network is idle, time until the first strike mark. One warm-up load per page and build
 * (server JIT), then the runs alternate floor, pages and builds (before first in odd runs, last in even ones) so
 * drift hits all alike; medians.
 * Limits: loopback, so time is CPU: it moves with whatever else the 2 cores do.
 */
final class ColdLoads {

    record Sample(Traffic traffic, double millis) {
    }

    private ColdLoads() {
    }

    static void run(Browser browser, List<App> apps, String floorUrl, int runs) {
        for (App app : apps) {
            for (String path : App.PAGES) {
                Report.progress("cold loads: warm-up %s %s", app.label(), path);
                once(browser, app.page(path), Marks.APP_MARK);
            }
        }
        List<Sample> floor = new ArrayList<>();
        Map<String, List<Sample>> samples = new LinkedHashMap<>();
        for (int run = 1; run <= runs; run++) {
            Report.progress("cold loads: run %d of %d", run, runs);
            floor.add(once(browser, floorUrl, Marks.FLOOR_MARK));
            List<App> order = run % 2 == 1 ? apps : apps.reversed();
            for (String path : App.PAGES) {
                for (App app : order) {
                    samples.computeIfAbsent(path + " " + app.label(), key -> new ArrayList<>())
                            .add(once(browser, app.page(path), Marks.APP_MARK));
                }
            }
        }
        double floorBytes = median(floor, s -> s.traffic().total());
        double floorMillis = median(floor, Sample::millis);
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("plain Leaflet floor", "", floor, floorBytes, floorMillis));
        for (String path : App.PAGES) {
            for (App app : apps) {
                rows.add(row("`" + path + "`", app.label(), samples.get(path + " " + app.label()), floorBytes,
                        floorMillis));
            }
        }
        Report.table("### Cold load: bytes transferred and time to marks drawn (medians of " + runs + ")",
                List.of("page", "build", "bytes transferred", "of which UIDL", "of which layer data",
                        "time to marks drawn", "bytes vs floor", "time vs floor"), rows);
    }

    /** A fresh context per load: no cache, no cookies, a new server session. */
    static Sample once(Browser browser, String url, String markSelector) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        try {
            Page page = context.newPage();
            NetworkRecorder recorder = NetworkRecorder.attach(page, true);
            page.navigate(url);
            double millis = Marks.waitUntilDrawn(page, markSelector);
            page.waitForLoadState(LoadState.NETWORKIDLE);
            return new Sample(Traffic.of(recorder), millis);
        } finally {
            context.close();
        }
    }

    private static List<String> row(String page, String build, List<Sample> samples, double floorBytes,
                                    double floorMillis) {
        double bytes = median(samples, s -> s.traffic().total());
        double millis = median(samples, Sample::millis);
        return List.of(page, build, Report.bytes(bytes), Report.bytes(median(samples, s -> s.traffic().uidl())),
                Report.bytes(median(samples, s -> s.traffic().layerData())), Report.fixed(millis, 0) + " ms",
                Report.fixed(bytes / floorBytes, 1) + "×", Report.fixed(millis / floorMillis, 1) + "×");
    }

    private static double median(List<Sample> samples, ToDoubleFunction<Sample> figure) {
        return Report.median(samples.stream().mapToDouble(figure).toArray());
    }
}
